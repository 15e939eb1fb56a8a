# An uncaught PHP exception ends a Python program like any uncaught Python exception (exit 1,
# last traceback line "PHPException: message").
f = compile_php_func("function f() { throw new UnexpectedValueException('nobody catches this'); }")
print("before")
f()
print("not reached")
