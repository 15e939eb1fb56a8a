# A PHP function compiled inside a Python function sees that Python function's variables.
def make(prefix, n):
    sep = ", "
    f = compile_php_func("function f($x) { return $prefix . str_repeat($x . $sep, $n); }")
    return f
print(make("<", 2)("ab"))
print(make("#", 3)("z"))
