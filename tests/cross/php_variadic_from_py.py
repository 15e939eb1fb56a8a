# PHP variadic and default parameters called from Python.
f = compile_php_func("function f($first, ...$rest) { return $first . ':' . count($rest) . ':' . implode('|', $rest); }")
print(f("a"))
print(f("a", 1, 2, 3))
print(f(*["x", "y"]))
g = compile_php_func("function g($a, $b = 'dflt', $c = null) { return $a . '/' . $b . '/' . var_export($c, true); }")
print(g(1))
print(g(1, 2))
print(g(1, 2, 3))
