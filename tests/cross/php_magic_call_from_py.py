# PHP's __call / __callStatic handle calls of undeclared methods made from Python.
mk = compile_php_func("""
class Proxy {
    function __call($n, $args) { return "$n(" . implode(',', $args) . ")"; }
    static function __callStatic($n, $args) { return "static $n(" . count($args) . ")"; }
}
function mk() { return new Proxy(); }
""")
p = mk()
print(p.anything(1, 2))
print(p.other())
print(php_global_ns().Proxy.build("x"))
