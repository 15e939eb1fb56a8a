# Python calls methods on PHP objects of different classes implementing one PHP interface.
shapes = compile_php_func("""
interface Shape { function area(): float; function name(): string; }
abstract class Base implements Shape { function name(): string { return strtolower(static::class); } }
class Sq extends Base { function __construct(private float $s) {} function area(): float { return $this->s ** 2; } }
class Circ extends Base { function __construct(private float $r) {} function area(): float { return round(M_PI * $this->r ** 2, 3); } }
function shapes() { return [new Sq(2), new Circ(1), new Sq(1.5)]; }
""")()
for s in shapes.values():
    print(s.name(), s.area())
print(max(shapes.values(), key=lambda s: s.area()).name())
