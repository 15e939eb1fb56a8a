# A hot Python loop calling a small PHP function.
f = compile_php_func("function f($x) { return ($x * 7) % 13; }")
total = 0
for i in range(20000):
    total += f(i)
print(total)
