# PHP's exit(4) inside a PHP function called from Python ends the program with status 4.
print("start")
f = compile_php_func("function f() { echo 'php before exit', PHP_EOL; exit(4); }")
f()
print("not reached")
