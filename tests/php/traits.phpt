--TEST--
traits: insteadof and as, visibility aliases, properties, static members and statics per using class, abstract members, __CLASS__/__TRAIT__, collision fatal error
--FILE--
<?php
trait Hello { public function hello() { return "Hello from " . __CLASS__ . " " . __TRAIT__ . " " . self::class . " " . static::class; } }
trait World { public function world() { return 'World'; } public function hello() { return "World hello"; } }
trait Counter {
    private int $count = 0;
    public static $instances = 0;
    public function inc() { static $calls = 0; $calls++; return ++$this->count . "/" . $calls; }
    public static function make() { static::$instances++; return new static(); }
    abstract public function name(): string;
}
class Greeter {
    use Hello, World { Hello::hello insteadof World; World::hello as protected worldHello; Hello::hello as greet; }
    use Counter;
    public function name(): string { return 'greeter'; }
    public function both() { return $this->worldHello(); }
}
class Sub extends Greeter {}
class Other { use Counter; public function name(): string { return 'other'; } }
$g = new Greeter;
echo $g->hello(), "\n", $g->greet(), "\n", $g->world(), "\n", $g->both(), "\n";
echo (new Sub)->hello(), "\n";
echo $g->inc(), " ", $g->inc(), "\n";
$o = Other::make(); echo $o->inc(), " ", $o->inc(), " ", $o->inc(), "\n";
Greeter::make(); Greeter::make();
echo Greeter::$instances, " ", Other::$instances, "\n";
try { $g->worldHello(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($g);

var_dump(method_exists($g, 'greet'));
trait T2 { use Hello; public function t2() { return $this->hello(); } }
class C2 { use T2; }
echo (new C2)->t2(), "\n";
trait StaticT { public static function create() { return new self; } }
class S1 { use StaticT; }
var_dump(S1::create() instanceof S1);
trait Conflict1 { function f() { return 1; } }
trait Conflict2 { function f() { return 2; } }
class Own { use Conflict1, Conflict2; function f() { return 'own'; } }
echo (new Own)->f(), "\n";
class Bad { use Conflict1, Conflict2; }
echo "not reached\n";
--EXPECTF--
Hello from Greeter Hello Greeter Greeter
Hello from Greeter Hello Greeter Greeter
World
World hello
Hello from Greeter Hello Greeter Sub
1/1 2/2
1/1 2/2 3/3
2 1
Call to protected method Greeter::worldHello() from global scope
object(Greeter)#1 (1) {
  ["count":"Greeter":private]=>
  int(2)
}
bool(true)
Hello from C2 Hello C2 C2
bool(true)
own

Fatal error: Trait method Conflict2::f has not been applied as Bad::f, because of collision with Conflict1::f in %s on line 40
[exit 255: ]
