# A PHP closure that goes through Python comes back to PHP as the same closure.
mk = compile_php_func("function mk() { return function ($x) { return $x + 1; }; }")
check = compile_php_func("function check($a, $b) { return $a === $b; }")
c = mk()
print(c(1))
print(check(c, c), check(c, mk()))
f = lambda x: x
print(check(f, f))
back = compile_php_func("function back($v) { return $v; }")
print(back(f) is f)
print(back(c) is c)
