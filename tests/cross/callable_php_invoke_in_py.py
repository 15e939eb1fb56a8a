# A PHP object with __invoke is callable in Python.
mk = compile_php_func("""
class Adder { public $n = 0; function __invoke($x) { $this->n += $x; return $this->n; } }
function mk() { return new Adder(); }
""")
a = mk()
print(a(5), a(10))
print(list(map(a, [1, 1, 1])))
print(a.n, callable(a))
