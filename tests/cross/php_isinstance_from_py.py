# isinstance() with PHP classes from Python follows PHP's class hierarchy.
mk = compile_php_func("""
interface Shape {}
class Poly implements Shape {}
class Tri extends Poly {}
function mk($k) { return $k == 't' ? new Tri() : new Poly(); }
""")
php = php_global_ns()
t = mk("t")
p = mk("p")
print(isinstance(t, php.Tri), isinstance(t, php.Poly), isinstance(t, php.Shape))
print(isinstance(p, php.Tri), isinstance(p, php.Poly))
