# A PHP array returned to Python is a view; Python changes it freely without touching PHP's variable.
f = compile_php_func("function f() { static $data = ['n' => 1]; $data['n']++; return $data; }")
a = f()
a["n"] = 100
a["extra"] = True
print(dict(a))
b = f()
print(dict(b))
