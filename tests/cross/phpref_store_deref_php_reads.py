# PHPRef cells: PHP by-reference functions read and write them; store()/deref() from Python.
get = compile_php_func("function get(&$x) { return $x; }")
setv = compile_php_func("function setv(&$x, $v) { $x = $v; }")
r = PHPRef(1)
print(get(r))
r.store("two")
print(get(r))
setv(r, [1, 2, 3])
print(r.deref())  # the Python list set through PHP comes back as itself
setv(r, None)
print(r.deref())
