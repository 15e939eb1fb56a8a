--TEST--
fn: the plain call paths (positional arguments that bind as they are) keep PHP's binding: class-typed parameters and returns (self, parent, subclasses, interfaces), references and arrays passed by value, closures with captured values, and the cases that leave them (coercion, TypeError, too few arguments, named arguments, func_get_args)
--FILE--
<?php
interface Shape { function area(): float; }
class Base { function me(self $o): self { return $o; } function up(): static { return $this; } }
class Sq extends Base implements Shape {
    function __construct(public float $s) {}
    function area(): float { return $this->s * $this->s; }
    function par(parent $p): parent { return $p; }
}
function area_of(Shape $s): float { return $s->area(); }
function base_of(Base $b): Base { return $b; }
function sq_of(Sq $s): Sq { return $s; }
function nullable(?Sq $s): ?Sq { return $s; }
function ints(int $a, float $b, string $c, array $d, bool $e): string {
    return var_export([$a, $b, $c, $d, $e], true);
}
$sq = new Sq(3);
$b = new Base;
for ($i = 0; $i < 3; $i++) {
    echo area_of($sq), " ", get_class(base_of($sq)), " ", get_class(base_of($b)), " ",
        get_class(sq_of($sq)), " ", var_export(nullable(null), true), " ",
        get_class($b->me($sq)), " ", get_class($sq->par($b)), " ", get_class($sq->up()), "\n";
}
echo ints(1, 2, "x", [1], true), "\n";
echo ints("7", 8, 9, [], 0), "\n";
try { sq_of($b); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { area_of($b); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $sq->par($sq); echo "par ok\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $b->me(new stdClass); } catch (TypeError $e) { echo get_class($e), "\n"; }
function bad_ret($x): Sq { return $x; }
try { bad_ret($b); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo get_class(bad_ret($sq)), "\n";

// references and arrays reach a by-value parameter as values
function bump($a) { $a[] = 99; $a[0] = -1; return count($a); }
$arr = [1, 2, 3];
$ref = &$arr;
echo bump($arr), " ", bump($ref), " ", json_encode($arr), "\n";
function setx($x) { $x = 5; return $x; }
$v = 1; $r = &$v;
echo setx($r), " ", $v, "\n";

// closures: captured values, captured references, $this, typed parameters
class Acc {
    public $n = 0;
    function adder() { return function (int $k) { $this->n += $k; return $this->n; }; }
}
$acc = new Acc;
$add = $acc->adder();
$k = 10;
$plus = function ($x) use ($k) { return $x + $k; };
$count = 0;
$bump = function ($s) use (&$count) { $count += $s; return $count; };
$t = 0;
for ($i = 0; $i < 4; $i++) {
    $t = $plus($t) + $add($i) + $bump(2);
}
echo $t, " ", $acc->n, " ", $count, "\n";
echo $add("3"), "\n";
try { $add("x"); } catch (TypeError $e) { echo get_class($e), "\n"; }
$arrow = fn($x) => $x * $k;
echo $arrow(4), "\n";

// what leaves the plain path
function two($a, $b) { return "$a/$b"; }
try { echo two(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
echo two(b: 2, a: 1), " ", two(...[3, 4]), "\n";
function counted($a, $b) { return func_num_args() . ":" . json_encode(func_get_args()); }
echo counted(1, 2), " ", counted(1, 2, 3), "\n";
function deflt($a, $b = "d") { return "$a$b"; }
echo deflt("x"), deflt("y", "z"), "\n";
function deep($n) { return $n == 0 ? 0 : 1 + deep($n - 1); }
echo deep(500), "\n";
function thrower(Sq $s) { throw new RuntimeException("from " . __FUNCTION__); }
try { thrower($sq); } catch (RuntimeException $e) { echo $e->getMessage(), " line ", $e->getTrace()[0]['line'], " ", $e->getTrace()[0]['function'], "\n"; }
--EXPECTF--
9 Sq Base Sq NULL Sq Base Sq
9 Sq Base Sq NULL Sq Base Sq
9 Sq Base Sq NULL Sq Base Sq
array (
  0 => 1,
  1 => 2.0,
  2 => 'x',
  3 => 
  array (
    0 => 1,
  ),
  4 => true,
)
array (
  0 => 7,
  1 => 8.0,
  2 => '9',
  3 => 
  array (
  ),
  4 => false,
)
sq_of(): Argument #1 ($s) must be of type Sq, Base given, called in %s on line 25
area_of(): Argument #1 ($s) must be of type Shape, Base given, called in %s on line 26
par ok
TypeError
bad_ret(): Return value must be of type Sq, Base returned
Sq
4 4 [1,2,3]
5 1
70 6 8
9
TypeError
40
Too few arguments to function two(), 1 passed in %s on line 65 and exactly 2 expected
1/2 3/4
2:[1,2] 3:[1,2,3]
xdyz
500
from thrower line 74 thrower
