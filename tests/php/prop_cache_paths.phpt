--TEST--
Property inline caches: one instruction sees typed, scoped, shadowed, overflow and referenced properties
--FILE--
<?php
class T {
    public int $i = 0;
    public float $f = 0.0;
    public ?T $t = null;
    public string $s = "";
    public $u;
}
function put($o, $v) { $o->i = $v; }
function putf($o, $v) { $o->f = $v; }
function putt($o, $v) { $o->t = $v; }
$o = new T;
foreach ([1, 2, "3", 4.0, true] as $v) { put($o, $v); var_dump($o->i); }
foreach (["x", 1.5, null, []] as $v) {
    try { put($o, $v); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    var_dump($o->i);
}
foreach ([1.5, 2, "2.5", 7] as $v) { putf($o, $v); var_dump($o->f); }
putt($o, new T); putt($o, null); putt($o, $o);
var_dump($o->t === $o);
try { putt($o, new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
for ($k = 0; $k < 3; $k++) { $o->i += 5; $o->i++; $o->f += 1; $o->s .= "ab"; }
var_dump($o->i, $o->f, $o->s);
$o->i = PHP_INT_MAX - 1;
for ($k = 0; $k < 3; $k++) {
    try { $o->i++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump($o->i);
try { $o->i += 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($o->i);

class P {
    private $x = "P's";
    protected $y = "P y";
    function getx($o) { return $o->x; }
    function gety($o) { return $o->y; }
}
class C extends P {
    public $x = "C's";
    public $y = "C y";
}
function readx($o) { return $o->x; }
$p = new P; $c = new C;
foreach ([$p, $c, $c, $p] as $o) {
    echo $p->getx($o), " | ", $p->gety($o), "\n";
}
foreach ([$c, $c] as $o) echo readx($o), "\n";
try { readx($p); } catch (Error $e) { echo $e->getMessage(), "\n"; }

#[AllowDynamicProperties]
class D {}
$objs = [];
for ($k = 0; $k < 3; $k++) {
    $d = new D;
    $d->a = 1; $d->b = 2; $d->c = 3; $d->d = 4;
    $objs[] = $d;
}
foreach ($objs as $n => $d) { $d->d += $n; $d->c++; echo $d->a + $d->b + $d->c + $d->d, "\n"; }

$o = new T;
$o->u = 1;
$r = &$o->u;
for ($k = 0; $k < 3; $k++) { $o->u = $k; $o->u += 10; $o->u++; echo $r, " "; }
echo "\n";
unset($r);
$w = new T;
for ($k = 0; $k < 3; $k++) { $x = $k ? $w : $o; $x->u = "v$k"; echo $x->u, " "; }
echo "\n";

class S { public static $n = 1; }
$s = new S;
for ($k = 0; $k < 2; $k++) { $s->n = $k; echo $s->n, "\n"; }

class R { public function __construct(public readonly int $v) {} }
$r = new R(3);
for ($k = 0; $k < 2; $k++) {
    try { $r->v = $k; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    echo $r->v, "\n";
}

class M {
    public $p = 1;
    public function __get($n) { return "magic $n"; }
}
$m = new M;
for ($k = 0; $k < 3; $k++) {
    echo $m->p, "\n";
    if ($k == 1) unset($m->p);
}
--EXPECTF--
int(1)
int(2)
int(3)
int(4)
int(1)
Cannot assign string to property T::$i of type int
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 9
int(1)
Cannot assign null to property T::$i of type int
int(1)
Cannot assign array to property T::$i of type int
int(1)
float(1.5)
float(2)
float(2.5)
float(7)
bool(true)
Cannot assign stdClass to property T::$t of type ?T
int(19)
float(10)
string(6) "ababab"
TypeError: Cannot increment property T::$i of type int past its maximal value
TypeError: Cannot increment property T::$i of type int past its maximal value
int(9223372036854775807)
Cannot assign float to property T::$i of type int
int(9223372036854775807)
P's | P y
P's | C y
P's | C y
P's | P y
C's
C's
Cannot access private property P::$x
11
12
13
11 12 13 
v0 v1 v2 

Notice: Accessing static property S::$n as non static in %s on line 72

Deprecated: Creation of dynamic property S::$n is deprecated in %s on line 72

Notice: Accessing static property S::$n as non static in %s on line 72
0

Notice: Accessing static property S::$n as non static in %s on line 72

Notice: Accessing static property S::$n as non static in %s on line 72
1
Cannot modify readonly property R::$v
3
Cannot modify readonly property R::$v
3
1
1
magic p
