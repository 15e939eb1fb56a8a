--TEST--
nullsafe chains short-circuit as a whole; new in initializers; constant expressions; static closures
--FILE--
<?php
class Addr { public ?Addr $next = null; public string $city = 'Paris'; function getNext() { return $this->next; } function city() { return $this->city; } }
$a = new Addr; $a->next = new Addr; $a->next->city = 'Lyon';
$n = null;
var_dump($n?->next->city, $n?->getNext()->city(), $a?->next?->city, $a->next?->next?->city, $a->getNext()?->city());
var_dump($n?->a['b']->c, $n?->m(foo()));
function foo() { echo "foo called\n"; return 1; }
var_dump(isset($n?->x->y), $n?->x ?? 'dflt');
class Svc { public function __construct(private Logger $l = new Logger('default')) {} function name() { return $this->l->n; } }
class Logger { public function __construct(public string $n) {} }
echo (new Svc)->name(), " ", (new Svc(new Logger('given')))->name(), "\n";
function withNew(Logger $l = new Logger('fn default')) { return $l->n; }
echo withNew(), "\n";
static $sv = 5; echo $sv, "\n";
const GLOBAL_C = 7;
class T { const C = GLOBAL_C * 2; public $p = self::C + 1; }
echo T::C, " ", (new T)->p, "\n";
class U { function get() { return static function () { return isset($this) ? 'has this' : 'no this'; }; } function get2() { return function () { return get_class($this); }; } }
echo (new U)->get()(), " ", (new U)->get2()(), "\n";
$sf = static fn($x) => $x * 2; echo $sf(4), "\n";
try { (static function () { return $this; })(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
NULL
NULL
string(4) "Lyon"
NULL
string(4) "Lyon"
NULL
NULL
bool(false)
string(4) "dflt"
default given
fn default
5
14 15
no this U
8
Using $this when not in object context
