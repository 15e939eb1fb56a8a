# Numeric strings from PHP stay str in Python; PHP's own juggling happens only in PHP.
f = compile_php_func("function f() { return ['42', '3.5', '1e3', ' 7']; }")
for v in f().values():
    print(type(v).__name__, repr(v))
add = compile_php_func("function add($a, $b) { return $a + $b; }")
print(repr(add("40", "2")), repr(add("1.5", 1)))
