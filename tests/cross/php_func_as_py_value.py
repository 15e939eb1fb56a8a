# PHP functions are first-class Python values: stored, passed, used as key functions.
php = php_global_ns()
fns = [php.strtoupper, php.strrev, php.ucfirst]
for f in fns:
    print(f("hello"))
words = ["Bb", "aa", "Cc"]
print(sorted(words, key=php.strtolower))
print(list(map(php.strlen, ["", "ab", "abcd"])))
sq = compile_php_func("function sq($x) { return $x * $x; }")
print(sum(map(sq, range(5))))
print(callable(sq), callable(php.strlen))
