--TEST--
Reflection basics: classes, methods, parameters, types, properties, functions, enums
--FILE--
<?php
namespace App;
interface I { const X = 1; }
abstract class Base implements I { protected $p = 5; abstract function ab(); public static $s = 'st'; }
final class Foo extends Base {
    const Y = 'y';
    public int $a = 1;
    private ?string $b = null;
    public function __construct(public int $x = 3, string|int $z = 'q') { }
    function ab() {}
    public static function st(int ...$n): int { return array_sum($n); }
    private function priv(&$r, $d = [1, 2], $e = self::Y) { return "priv $d[0] $e"; }
}
$rc = new \ReflectionClass(Foo::class);
var_dump($rc->getName(), $rc->getShortName(), $rc->getNamespaceName(), $rc->isFinal(), $rc->isAbstract(), $rc->isInterface());
var_dump($rc->getParentClass()->getName(), $rc->getParentClass()->isAbstract(), $rc->implementsInterface('App\I'));
var_dump($rc->getInterfaceNames(), $rc->getConstants());
foreach ($rc->getMethods() as $m) echo $m->class, '::', $m->getName(), ' ', $m->isStatic() ? 'static' : '', $m->isPrivate() ? 'private' : '', "\n";
foreach ($rc->getProperties() as $p) echo $p->class, '::$', $p->getName(), ' ', $p->isPublic() ? 'public' : 'np', "\n";
$o = $rc->newInstance(7);
var_dump($o->x);
$o2 = $rc->newInstanceArgs(['x' => 9]);
var_dump($o2->x);
$o3 = $rc->newInstanceWithoutConstructor();
var_dump(isset($o3->x));
$m = $rc->getMethod('priv');
$m->setAccessible(true);
$r = 1;

foreach ($m->getParameters() as $p) {
    var_dump($p->getName(), $p->getPosition(), $p->isOptional(), $p->isPassedByReference(), $p->isDefaultValueAvailable());
    if ($p->isDefaultValueAvailable()) var_dump($p->getDefaultValue());
}
$ctor = $rc->getConstructor();
foreach ($ctor->getParameters() as $p) { $t = $p->getType(); echo get_class($t), ' ', $t, ' ', $t->allowsNull() ? 'null' : 'nonnull', "\n"; }
var_dump(Foo::class, $rc->hasMethod('ST'), $rc->hasMethod('nope'));
$st = new \ReflectionMethod(Foo::class, 'st');
var_dump($st->invoke(null, 1, 2, 3), $st->isVariadic(), (string)$st->getReturnType(), $st->getReturnType()->isBuiltin());
$f = new \ReflectionFunction('strlen');
var_dump($f->invoke('abcd'), $f->getNumberOfParameters(), $f->isInternal());
$cl = function (int $a, $b = 2) { return $a + $b; };
$rf = new \ReflectionFunction($cl);
var_dump($rf->invokeArgs([1]), $rf->getNumberOfRequiredParameters(), $rf->getParameters()[0]->getType()->getName());
try { new \ReflectionClass('Nope'); } catch (\ReflectionException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $rc->getMethod('zz'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
$rp = new \ReflectionProperty(Foo::class, 'b');
$rp->setAccessible(true);
$rp->setValue($o, 'bee');
var_dump($rp->getValue($o), (string)$rp->getType(), $rp->isPrivate());
$ro = new \ReflectionObject($o);
var_dump($ro->getName(), $ro->isInstance($o), $ro instanceof \ReflectionClass);
enum Suit: string { case H = 'h'; case S = 's'; }
$re = new \ReflectionEnum(Suit::class);
var_dump($re->isBacked(), (string)$re->getBackingType(), count($re->getCases()), $re->getCase('S')->getValue(), $re->getCase('H')->getBackingValue());
var_dump($rc->getStaticPropertyValue('s'));
--EXPECT--
string(7) "App\Foo"
string(3) "Foo"
string(3) "App"
bool(true)
bool(false)
bool(false)
string(8) "App\Base"
bool(true)
bool(true)
array(1) {
  [0]=>
  string(5) "App\I"
}
array(2) {
  ["Y"]=>
  string(1) "y"
  ["X"]=>
  int(1)
}
App\Foo::__construct 
App\Foo::ab 
App\Foo::st static
App\Foo::priv private
App\Foo::$a public
App\Foo::$b np
App\Foo::$x public
App\Base::$p np
App\Base::$s public
int(7)
int(9)
bool(false)
string(1) "r"
int(0)
bool(false)
bool(true)
bool(false)
string(1) "d"
int(1)
bool(true)
bool(false)
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(1) "e"
int(2)
bool(true)
bool(false)
bool(true)
string(1) "y"
ReflectionNamedType int nonnull
ReflectionUnionType string|int nonnull
string(7) "App\Foo"
bool(true)
bool(false)
int(6)
bool(true)
string(3) "int"
bool(true)
int(4)
int(1)
bool(true)
int(3)
int(1)
string(3) "int"
ReflectionException: Class "Nope" does not exist
Method App\Foo::zz() does not exist
string(3) "bee"
string(7) "?string"
bool(true)
string(7) "App\Foo"
bool(true)
bool(true)
bool(true)
string(6) "string"
int(2)
enum(App\Suit::S)
string(1) "h"
string(2) "st"
