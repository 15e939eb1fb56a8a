# `==` uses the owning language's equality: PHP objects compare by PHP's == (same class, equal props).
mk = compile_php_func("""
class V { public $a; function __construct($a) { $this->a = $a; } }
function mk($a) { return new V($a); }
""")
x, y, z = mk(1), mk(1), mk(2)
print(x == y, x == z, x is y)
print(x != z)
print(mk("1") == mk(1))
