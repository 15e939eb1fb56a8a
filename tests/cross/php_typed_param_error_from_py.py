# A PHP function with typed parameters given a wrong Python value: TypeError as PHPException.
f = compile_php_func("function f(int $n, string $s): string { return str_repeat($s, $n); }")
print(f(3, "ab"))
try:
    f("many", "ab")
except PHPException as e:
    print("PHPException")
try:
    f(2, [1])
except PHPException:
    print("PHPException again")
