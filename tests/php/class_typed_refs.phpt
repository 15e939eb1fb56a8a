--TEST--
classes: references bound to typed properties carry the property's type (typed references)
--FILE--
<?php
class A { public int $i = 1; public ?string $s = null; public float $f = 0.5; public $u; public ?array $a = null; }
function show($label, $f) {
    try { $f(); echo "$label: ok\n"; } catch (TypeError $e) { echo "$label: ", $e->getMessage(), "\n"; }
}
$a = new A;
$r = &$a->i;
$r = "42"; var_dump($a->i);               // coerced through the reference
show('assign string', function () use (&$r) { $r = "abc"; });
var_dump($a->i);
$r .= "1"; var_dump($a->i);
$r += 1.0; var_dump($a->i);
show('compound', function () use (&$r) { $r .= "x"; });
$r = PHP_INT_MAX;
show('inc', function () use (&$r) { $r++; });
var_dump($r);
$r = PHP_INT_MIN;
show('dec', function () use (&$r) { --$r; });
var_dump($r);
$r = 5;
function setit(&$x, $v) { $x = $v; }
show('by-ref param', function () use ($a) { setit($a->i, []); });
setit($a->i, "7"); var_dump($a->i);
// a property bound to another's reference
$a->u = &$a->i;
show('untyped prop holding it', function () use ($a) { $a->u = "zz"; });
$a->u = 9; var_dump($a->i);
// binding checks the reference's value
$x = "12";
$a->i = &$x; var_dump($x);
$y = "no";
show('bind', function () use ($a, &$y) { $a->i = &$y; });
$f = 1.5;
$a->f = &$f;
show('bind int<-float ref', function () use ($a) { $a->i = &$a->f; });
// unset lets go of the reference
$b = new A;
$q = &$b->i;
unset($b->i);
$q = "free"; var_dump($q);
// uninitialized non-nullable
class U { public int $n; public ?int $m; }
$u = new U;
try { $z = &$u->n; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$z = &$u->m; var_dump($u->m);
$z = "3"; var_dump($u->m);
// strict mode at the write site
$s = &$a->s;
$s = 12; var_dump($a->s);
$arr = &$a->a;
show('array', function () use (&$arr) { $arr = new ArrayIterator([]); });
$arr[] = 1; var_dump($a->a);
// two properties on one reference
$c = new A;
$c->f = 2.0;
show('two types', function () use ($c) { $c->i = &$c->f; });
$d = new A;
$e = new A;
$e->i = &$d->i;
$t = &$d->i;
$t = "8"; var_dump($e->i);
show('two ints', function () use ($e) { $e->i = "x"; });
unset($d->i);
$t = "33"; var_dump($e->i);
echo "done\n";
--EXPECTF--
int(42)
assign string: Cannot assign string to reference held by property A::$i of type int
int(42)
int(421)
int(422)
compound: Cannot assign string to reference held by property A::$i of type int
inc: Cannot increment a reference held by property A::$i of type int past its maximal value
int(9223372036854775807)
dec: Cannot decrement a reference held by property A::$i of type int past its minimal value
int(-9223372036854775808)
by-ref param: Cannot assign array to reference held by property A::$i of type int
int(7)
untyped prop holding it: Cannot assign string to reference held by property A::$i of type int
int(9)
int(12)
bind: Cannot assign string to property A::$i of type int

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 35
bind int<-float ref: Reference with value of type float held by property A::$f of type float is not compatible with property A::$i of type int
string(4) "free"
Cannot access uninitialized non-nullable property U::$n by reference
NULL
int(3)
string(2) "12"
array: Cannot assign ArrayIterator to reference held by property A::$a of type ?array
array(1) {
  [0]=>
  int(1)
}
two types: Reference with value of type float held by property A::$f of type float is not compatible with property A::$i of type int
int(8)
two ints: Cannot assign string to property A::$i of type int
int(33)
done
