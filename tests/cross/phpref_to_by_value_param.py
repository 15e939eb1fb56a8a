# A PHPRef given to a by-value PHP parameter passes its current value; the cell is not changed.
f = compile_php_func("function f($x) { $x = $x * 2; return gettype($x) . ':' . $x; }")
r = PHPRef(5)
print(f(r))
print(r.deref())
r.store(7)
print(f(r), r.deref())
