# At module level, compile_php_func's free variables resolve to Python globals, late bound.
rate = 2
label = "total"
f = compile_php_func("function f($v) { return $label . '=' . ($v * $rate); }")
print(f(5))
rate = 10
print(f(5))
