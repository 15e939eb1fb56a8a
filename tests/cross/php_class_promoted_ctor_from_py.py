# A PHP class with constructor promotion, and defaults, instantiated from Python.
make = compile_php_func("""
final class Point3 {
    public function __construct(public readonly int $x = 0, public readonly int $y = 0, public int $z = 0) {}
    public function sum(): int { return $this->x + $this->y + $this->z; }
}
function make(...$a) { return new Point3(...$a); }
""")
P = php_global_ns().Point3
p = P(1, 2, 3)
print(p.x, p.y, p.z, p.sum())
print(P().sum(), P(5).sum())
p.z = 30
print(p.sum(), make(4, 4).sum())
