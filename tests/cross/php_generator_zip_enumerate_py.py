# Python's zip/enumerate/sorted over PHP generators.
letters = compile_php_func("function letters($n) { for ($i = 0; $i < $n; $i++) yield chr(ord('a') + $i); }")
nums = compile_php_func("function nums() { yield 3; yield 1; yield 2; }")
print(list(enumerate(letters(3))))
print(list(zip(letters(5), nums())))
print(sorted(nums()), max(nums()), sum(nums()))
print("".join(letters(6)))
