# A by-reference PHP parameter given a plain value instead of a PHPRef: BridgeError.
swap = compile_php_func("function swap(&$a, &$b) { $t = $a; $a = $b; $b = $t; }")
try:
    swap(1, 2)
except BridgeError:
    print("BridgeError: by-reference argument needs PHPRef")
php = php_global_ns()
try:
    php.sort([3, 1, 2])
except BridgeError:
    print("BridgeError for sort too")
r = PHPRef([3, 1, 2])
php.sort(r)
print(list(r.deref().values()))
