--TEST--
instanceof answers per class at one site: interfaces, traits, enums, closures, class_alias, self/static/parent, a class declared later
--FILE--
<?php
interface I {}
interface J extends I {}
trait T {}
class A implements J { use T; }
class B extends A {}
class C {}
enum E: int implements I { case One = 1; }
class_alias('C', 'AliasC');

function check($v) {
    return [$v instanceof I, $v instanceof J, $v instanceof A, $v instanceof B,
            $v instanceof T, $v instanceof AliasC, $v instanceof Closure, $v instanceof Later,
            $v instanceof UnitEnum, $v instanceof BackedEnum];
}
$vals = [new A, new B, new C, E::One, fn() => 1, 42, "A", null, [1], new A];
foreach ($vals as $v)
    echo implode(",", array_map(fn($b) => $b ? "1" : "0", check($v))), "\n";
$d = "Later";
eval('class Later extends B {}');
foreach ([new Later, new B, new C] as $v)
    echo implode(",", array_map(fn($b) => $b ? "1" : "0", check($v))), "\n";
class P {
    public function test($v) { return [$v instanceof self, $v instanceof static]; }
}
class Q extends P {
    public function up($v) { return $v instanceof parent; }
}
foreach ([new P, new Q, new C] as $v)
    var_dump((new Q)->test($v), (new P)->test($v), (new Q)->up($v));
$cls = "J";
foreach ([new A, new C, new B] as $v)
    var_dump($v instanceof $cls);
try {
    throw new RuntimeException("x");
} catch (LogicException | RuntimeException $e) {
    echo get_class($e), "\n";
}
--EXPECT--
1,1,1,0,0,0,0,0,0,0
1,1,1,1,0,0,0,0,0,0
0,0,0,0,0,1,0,0,0,0
1,0,0,0,0,0,0,0,1,1
0,0,0,0,0,0,1,0,0,0
0,0,0,0,0,0,0,0,0,0
0,0,0,0,0,0,0,0,0,0
0,0,0,0,0,0,0,0,0,0
0,0,0,0,0,0,0,0,0,0
1,1,1,0,0,0,0,0,0,0
1,1,1,1,0,0,0,1,0,0
1,1,1,1,0,0,0,0,0,0
0,0,0,0,0,1,0,0,0,0
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
}
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
}
bool(true)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
}
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
}
bool(true)
array(2) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
}
array(2) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
}
bool(false)
bool(true)
bool(false)
bool(true)
RuntimeException
