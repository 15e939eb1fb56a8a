# A PHP function compiled in Python calls a Python global function by name (the other language's globals).
def py_double(x):
    return x * 2
f = compile_php_func("function f($v) { return py_double($v) + 1; }")
print(f(20))
