# php_global_ns(): attribute read gives a PHP function (then class, then constant).
php = php_global_ns()
compile_php_func("function triple($x) { return 3 * $x; }")
print(php.abs(-5), php.max(3, 8, 1), php.str_repeat("=", 4))
print(php.intdiv(17, 5), php.floor(2.7), php.strtolower("ABC"))
print(php.ucfirst("word"), php.strpos("haystack", "st"))
print(php.array_sum(php.range(1, 100)))
try:
    php.definitely_not_a_php_name
except BridgeError:
    print("BridgeError for unknown name")
