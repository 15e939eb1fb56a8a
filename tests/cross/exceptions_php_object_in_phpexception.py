# A PHPException carries the PHP exception object (php_exception): its class, code and methods.
f = compile_php_func("function f($c) { throw new LogicException('with code', $c); }")
try:
    f(42)
except PHPException as e:
    o = e.php_exception
    print(e.message)
    print(o.getMessage(), o.getCode())
    print(php_global_ns().get_class(o))
print(issubclass(BridgeError, Exception), issubclass(PHPException, Exception))
