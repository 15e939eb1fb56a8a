--TEST--
property and method inline caches: several classes at one instruction, visibility from different scopes, unset properties with __get/__set, references in properties, dynamic properties, dictionary-mode objects, typed and readonly properties
--FILE--
<?php
class Base {
    public $a = 1;
    protected $p = 'base-p';
    private $q = 'base-q';
    function getA() { return $this->a; }
    function getP() { return $this->p; }
    function getQ() { return $this->q; }
    function setA($v) { $this->a = $v; }
    function who() { return 'Base'; }
    function callWho() { return $this->who(); }
    private function priv() { return 'Base::priv'; }
    function callPriv() { return $this->priv(); }
}
class C1 extends Base { public $x = 'c1'; function who() { return 'C1'; } }
class C2 extends Base { function who() { return 'C2'; } }
class C3 extends C1 { public $a = 'c3-a'; }
class C4 extends Base { function who() { return 'C4'; } }
class C5 extends Base { function who() { return 'C5'; } }
class C6 extends Base { }

$objs = [new Base, new C1, new C2, new C3, new C4, new C5, new C6, new C1, new Base];
for ($round = 0; $round < 3; $round++) {
    foreach ($objs as $i => $o) {
        $o->setA($i * 10 + $round);
        echo get_class($o), ' ', $o->getA(), ' ', $o->getP(), ' ', $o->getQ(), ' ',
            $o->callWho(), ' ', $o->callPriv(), ' ', $o->a, "\n";
    }
}

class M {
    public $v = 'declared';
    public $w = 'w';
    function __get($n) { return "__get($n)"; }
    function __set($n, $val) { echo "__set($n)\n"; }
}
$m = new M;
for ($i = 0; $i < 4; $i++) {
    echo $m->v, "\n";
    $m->v = "round $i";
    if ($i == 1) unset($m->v);
}
echo $m->w, "\n";

class R { public $r = 0; }
$o = new R;
for ($i = 0; $i < 3; $i++) {
    $o->r = $i;
    if ($i == 1) { $x = &$o->r; }
}
echo $o->r, ' ', $x, "\n";
$x = 'via ref';
echo $o->r, "\n";

#[AllowDynamicProperties]
class D { public $d = 0; }
$ds = [new D, new D, new D];
$ds[1]->extra = 'e1';
$ds[2]->extra = 'e2';
$ds[2]->more = 'm2';
unset($ds[2]->extra);
for ($i = 0; $i < 3; $i++) {
    foreach ($ds as $k => $d) {
        $d->d = $d->d + $k;
        echo $k, ':', $d->d, ' ', isset($d->extra) ? $d->extra : '-', ' ', $d->more ?? '-', "\n";
    }
}
$dd = new D;
for ($i = 0; $i < 3; $i++) {
    $dd->dyn = $i;
    echo $dd->dyn, "\n";
    unset($dd->d);
    $dd->d = $i * 2;
    echo $dd->d, "\n";
}

class T { public int $n = 0; public readonly string $ro; function __construct() { $this->ro = 'ro'; } }
$t = new T;
for ($i = 0; $i < 3; $i++) {
    $t->n = "5$i";
    var_dump($t->n);
}
try { $t->n = 'nope'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
for ($i = 0; $i < 2; $i++) {
    try { $t->ro = 'again'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    echo $t->ro, "\n";
}

class P { private $secret = 's'; public function read($o) { return $o->secret; } }
$p = new P;
echo $p->read($p), "\n";
function outside($o) { return $o->secret; }
for ($i = 0; $i < 2; $i++) {
    try { echo outside($p), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
$f = function () { return $this->secret; };
for ($i = 0; $i < 2; $i++) {
    $g = $i ? Closure::bind($f, $p, P::class) : Closure::bind($f, $p, null);
    try { echo $g(), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
}

class N {
    public $i = 0;
    public $f = 0.5;
    public $s = 'a';
    public $big = 4611686018427387900;
    public int $typed = 0;
    public ?int $maybe = null;
    public $arr = [1];
}
$n = new N;
$other = new N;
for ($k = 0; $k < 8; $k++) {
    $o = $k % 2 ? $n : $other;
    $o->i++;
    $o->i += 2;
    $o->f++;
    $o->f *= 1.5;
    $o->s++;
    $o->s .= 'x';
    $o->big++;
    $o->big += 1;
    $o->typed++;
    $o->typed -= 3;
    $o->maybe++;
    $o->i--;
    $o->i -= 1;
    $o->i |= 8;
    $o->i %= 7;
    echo $o->i, ' ', $o->f, ' ', $o->s, ' ', $o->big, ' ', $o->typed, ' ', var_export($o->maybe, true), "\n";
}
$ref = &$n->i;
for ($k = 0; $k < 3; $k++) {
    $n->i++;
    $n->i += 10;
}
echo $ref, "\n";
$n->i = PHP_INT_MAX - 1;
for ($k = 0; $k < 2; $k++) {
    $n->i++;
}
var_dump($n->i);
try { $n->arr += 1; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$objs = [new stdClass, new N, new stdClass];
$objs[0]->i = 5;
$objs[2]->i = 1.5;
for ($k = 0; $k < 3; $k++) {
    foreach ($objs as $o) {
        $o->i++;
        $o->i *= 2;
        echo var_export($o->i, true), ' ';
    }
    echo "\n";
}
$a = new stdClass;
$b = $a;
$c = new stdClass;
var_dump($a === $b, $a === $c, $a !== $c, null === null, 0 === 0.0, 1 === true, NAN === NAN, "1" === "1", [1] === [1], $a === null);
$x = 5; $y = &$x;
var_dump($y === 5, $x === $y);

class TP {
    private $p = 1;
    public $q;
    function get() { return $this->p + ($this->q ?? 0); }
    function undef() { return $this->nope; }
    static function st() { return $this->p; }
}
class TQ extends TP { public $r = 5; function both() { return $this->r . ',' . $this->get(); } }
$t = new TP;
$u = new TQ;
for ($i = 0; $i < 3; $i++) {
    $t->q = $i;
    echo $t->get(), ' ', $u->both(), ' ', var_export($t->undef(), true), "\n";
}
try { TP::st(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$fn = function () { return $this->p; };
try { $fn(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$bound = Closure::bind($fn, $t, TP::class);
$unscoped = Closure::bind($fn, $t, null);
for ($i = 0; $i < 2; $i++) {
    echo $bound(), "\n";
    try { echo $unscoped(), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
class TG {
    public $real = 'r';
    function __get($n) { return "magic $n"; }
    function g() { return $this->zz . ' ' . $this->real; }
}
$g = new TG;
echo $g->g(), ' ', $g->g(), "\n";
unset($g->real);
echo $g->g(), "\n";
--EXPECTF--
Base 0 base-p base-q Base Base::priv 0
C1 10 base-p base-q C1 Base::priv 10
C2 20 base-p base-q C2 Base::priv 20
C3 30 base-p base-q C1 Base::priv 30
C4 40 base-p base-q C4 Base::priv 40
C5 50 base-p base-q C5 Base::priv 50
C6 60 base-p base-q Base Base::priv 60
C1 70 base-p base-q C1 Base::priv 70
Base 80 base-p base-q Base Base::priv 80
Base 1 base-p base-q Base Base::priv 1
C1 11 base-p base-q C1 Base::priv 11
C2 21 base-p base-q C2 Base::priv 21
C3 31 base-p base-q C1 Base::priv 31
C4 41 base-p base-q C4 Base::priv 41
C5 51 base-p base-q C5 Base::priv 51
C6 61 base-p base-q Base Base::priv 61
C1 71 base-p base-q C1 Base::priv 71
Base 81 base-p base-q Base Base::priv 81
Base 2 base-p base-q Base Base::priv 2
C1 12 base-p base-q C1 Base::priv 12
C2 22 base-p base-q C2 Base::priv 22
C3 32 base-p base-q C1 Base::priv 32
C4 42 base-p base-q C4 Base::priv 42
C5 52 base-p base-q C5 Base::priv 52
C6 62 base-p base-q Base Base::priv 62
C1 72 base-p base-q C1 Base::priv 72
Base 82 base-p base-q Base Base::priv 82
declared
round 0
__get(v)
__set(v)
__get(v)
__set(v)
w
2 2
via ref
0:0 - -
1:1 e1 -
2:2 - m2
0:0 - -
1:2 e1 -
2:4 - m2
0:0 - -
1:3 e1 -
2:6 - m2
0
0
1
2
2
4
int(50)
int(51)
int(52)
Cannot assign string to property T::$n of type int
Cannot modify readonly property T::$ro
ro
Cannot modify readonly property T::$ro
ro
s
Cannot access private property P::$secret
Cannot access private property P::$secret
Cannot access private property P::$secret
s
2 2.25 bx 4611686018427387902 -2 1
2 2.25 bx 4611686018427387902 -2 1
4 4.875 byx 4611686018427387904 -4 2
4 4.875 byx 4611686018427387904 -4 2
6 8.8125 byyx 4611686018427387906 -6 3
6 8.8125 byyx 4611686018427387906 -6 3
1 14.71875 byyyx 4611686018427387908 -8 4
1 14.71875 byyyx 4611686018427387908 -8 4
34
float(9.223372036854776E+18)
TypeError: Unsupported operand types: array + int
12 2 5.0 
26 6 12.0 
54 14 26.0 
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
1 5,1 
Warning: Undefined property: TP::$nope in %s on line 166
NULL
2 5,1 
Warning: Undefined property: TP::$nope in %s on line 166
NULL
3 5,1 
Warning: Undefined property: TP::$nope in %s on line 166
NULL
Error: Using $this when not in object context
Error: Using $this when not in object context
1
Cannot access private property TP::$p
1
Cannot access private property TP::$p
magic zz r magic zz r
magic zz magic real
