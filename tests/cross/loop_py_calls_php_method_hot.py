# A hot Python loop calling methods of a PHP object (attribute lookups and calls across the boundary).
mk = compile_php_func("""
class Acc {
    public $total = 0;
    function add($x) { $this->total += $x; return $this; }
    function get() { return $this->total; }
}
function mk() { return new Acc(); }
""")
acc = mk()
for i in range(10000):
    acc.add(i % 17)
print(acc.get(), acc.total)
