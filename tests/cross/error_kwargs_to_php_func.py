# Keyword arguments to a PHP function called from Python: BridgeError.
f = compile_php_func("function f($a, $b = 2) { return $a + $b; }")
print(f(1), f(1, 5))
try:
    f(1, b=3)
except BridgeError:
    print("BridgeError: PHP functions take no keyword arguments")
php = php_global_ns()
try:
    php.str_repeat("a", times=3)
except BridgeError:
    print("BridgeError for builtin too")
