--TEST--
Assignments to $var->name and $this->name: the object read after the value, errors on non-objects, chains and promoted parameters
--FILE--
<?php
class B { public $a; public $b = 2; }
function run() {
    $o = new B;
    $o->a = ($o = new B);
    var_dump($o === $o->a);
    try { $undef->a = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    $i = 5;
    try { $i->a = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    $s = "str";
    try { $s->a = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    $n = null;
    try { $n->a = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    $r = new B;
    $ref = &$r;
    for ($k = 0; $k < 3; $k++) { $ref->a = $k; $r->b = $k * 2; }
    var_dump($r->a, $ref->b);
    $x = $y = new B;
    $v = $x->a = $y->b = 7;
    var_dump($v, $x->a, $y->b);
    $arr = [1, 2];
    $o->a = $arr;
    $arr[] = 3;
    var_dump(count($o->a));
    $str = "ab";
    $str .= "cd";
    $o->b = $str;
    $str .= "ef";
    var_dump($o->b, $str);
}
run();
class P {
    public function __construct(public int $n, protected readonly string $s, private ?array $a = null) {}
    public function set($v) { $this->n = $v; return $this->n; }
    public function again() { $this->s = "no"; }
    public function show() { var_dump($this->n, $this->s, $this->a); }
}
$p = new P("12", "str");
$p->show();
for ($k = 0; $k < 3; $k++) var_dump($p->set($k . ""));
try { $p->set("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $p->again(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = function () { $this->n = 40; $this->a = [1]; return $this; };
$g = Closure::bind($f, $p, P::class);
$g()->show();
--EXPECT--
bool(true)
Attempt to assign property "a" on null
Attempt to assign property "a" on int
Attempt to assign property "a" on string
Attempt to assign property "a" on null
int(2)
int(4)
int(7)
int(7)
int(7)
int(2)
string(4) "abcd"
string(6) "abcdef"
int(12)
string(3) "str"
NULL
int(0)
int(1)
int(2)
Cannot assign string to property P::$n of type int
Cannot modify readonly property P::$s
int(40)
string(3) "str"
array(1) {
  [0]=>
  int(1)
}
