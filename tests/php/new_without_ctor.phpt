--TEST--
new without arguments skips a missing constructor; with arguments they are still evaluated; inherited, private and promoted constructors
--FILE--
<?php
class NoCtor { public $a = [1, 2]; public ?int $t = null; }
class Base { public function __construct() { echo "Base ctor\n"; } }
class Child extends Base {}
class Promo { public function __construct(public int $x = 5, protected string $s = "s") {} }
class Priv {
    private function __construct() { echo "private ctor\n"; }
    public static function make() { return new self; }
}
abstract class Abs {}
interface Iface {}

$o = new NoCtor;
print_r($o);
$o = new NoCtor(print("argument evaluated\n"));
var_dump($o->a);
$c = new Child;
$c = new Child();
print_r(new Promo); print_r(new Promo(7));
var_dump(Priv::make() instanceof Priv);
try { new Priv; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new Abs; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new Iface; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$name = "NoCtor";
print_r(new $name);
$anon = new class { public $z = 3; };
var_dump($anon->z);
$anon2 = new class(4) { public function __construct(public $w) {} };
var_dump($anon2->w);
for ($i = 0; $i < 3; $i++)
    $objs[] = new NoCtor;
var_dump(count($objs), $objs[0] === $objs[1]);
--EXPECT--
NoCtor Object
(
    [a] => Array
        (
            [0] => 1
            [1] => 2
        )

    [t] => 
)
argument evaluated
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
Base ctor
Base ctor
Promo Object
(
    [x] => 5
    [s:protected] => s
)
Promo Object
(
    [x] => 7
    [s:protected] => s
)
private ctor
bool(true)
Error: Call to private Priv::__construct() from global scope
Cannot instantiate abstract class Abs
Cannot instantiate interface Iface
NoCtor Object
(
    [a] => Array
        (
            [0] => 1
            [1] => 2
        )

    [t] => 
)
int(3)
int(4)
int(3)
bool(false)
