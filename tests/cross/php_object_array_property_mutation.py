# Mutating a PHP object's array property from Python (b.items["x"] = 2): PHP arrays cross by
# reference, so the property changes.
mk = compile_php_func("""
class Box { public $items = ['a' => 1]; }
function mk() { return new Box(); }
""")
b = mk()
b.items["x"] = 2
del b.items["a"]
show = compile_php_func("function show($b) { return implode(',', array_keys($b->items)); }")
print(show(b))
