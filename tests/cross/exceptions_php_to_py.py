# A PHP exception crossing into Python is a PHPException carrying the PHP object (.message).
f = compile_php_func("""
function f($x) {
    if ($x < 0) throw new InvalidArgumentException("negative: $x");
    return $x * 2;
}
""")
try:
    f(-3)
except PHPException as e:
    print(type(e).__name__, e.message)
print(f(4))
g = compile_php_func("function g() { throw new RuntimeException('boom', 7); }")
try:
    g()
except Exception as e:
    print(isinstance(e, PHPException), e.message)
