# The PHP exception object seen from Python: methods getMessage/getCode through the PHPException.
f = compile_php_func("function f() { throw new LengthException('too long', 7); }")
try:
    f()
except PHPException as e:
    print(e.message)
    print(str(e))
