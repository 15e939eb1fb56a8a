# PHP engine errors (TypeError, DivisionByZeroError, Error) reach Python as PHPException.
php = php_global_ns()
div = compile_php_func("function div($a, $b) { return intdiv($a, $b); }")
try:
    div(1, 0)
except PHPException as e:
    print("div:", e.message)
undef = compile_php_func("function undef() { return no_such_function_here(); }")
try:
    undef()
except PHPException as e:
    print("undef:", e.message)
