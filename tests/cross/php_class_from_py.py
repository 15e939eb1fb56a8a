# PHP classes used from Python: calling instantiates; attributes give statics, constants, methods.
mk = compile_php_func("""
class Temp {
    const FREEZE = 0;
    const BOIL = 100;
    public static $count = 0;
    public $c;
    function __construct($c) { $this->c = $c; self::$count++; }
    function f() { return $this->c * 9 / 5 + 32; }
    static function fromF($f) { return new Temp(($f - 32) * 5 / 9); }
}
function mk($c) { return new Temp($c); }
""")
T = php_global_ns().Temp
t = T(100)
print(t.f(), t.c)
print(T.BOIL, T.FREEZE)
print(T.count)
u = T.fromF(212)
print(u.c)
print(T.count)
print(mk(5).f())
print(T.count)
