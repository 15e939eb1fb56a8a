--TEST--
readonly properties: promoted and declared, initialization scope, modification, references, unset, clone, readonly classes
--FILE--
<?php
class Point {
    public function __construct(public readonly int $x, public readonly array $tags = []) {}
    public function withX(int $x) { $c = clone $this; try { $c->x = $x; } catch (Error $e) { echo $e->getMessage(), "\n"; } return $c; }
}
class Lazy {
    public readonly string $v;
    public readonly object $o;
    public function init() { $this->v = "set"; $this->o = new stdClass; }
    public function again() { $this->v = "again"; }
    public function clear() { unset($this->v); }
}
$p = new Point(3, ['a']);
echo $p->x, "\n";
foreach ([
    fn() => $p->x = 4,
    fn() => $p->x++,
    fn() => $p->x += 2,
    fn() => $p->tags[] = 'b',
    fn() => $p->tags['k'] = 'b',
    function () use ($p) { $r = &$p->x; },
    function () use ($p) { unset($p->x); },
] as $f) {
    try { $f(); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$p->withX(9);
$l = new Lazy;
try { echo $l->v; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $l->v = "outside"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$l->init();
echo $l->v, "\n";
$l->o->dyn = 5;   // the object itself stays mutable
echo $l->o->dyn, "\n";
try { $l->again(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $l->clear(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($l->v), $p);
readonly class RC { public function __construct(public int $a, public string $b) {} }
$rc = new RC(1, "two");
try { $rc->a = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Child extends Lazy { public function setFromChild() { $this->v = "child"; } }
try { (new Child)->setFromChild(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
3
Error: Cannot modify readonly property Point::$x
Error: Cannot modify readonly property Point::$x
Error: Cannot modify readonly property Point::$x
Error: Cannot modify readonly property Point::$tags
Error: Cannot modify readonly property Point::$tags
Error: Cannot modify readonly property Point::$x
Error: Cannot unset readonly property Point::$x
Cannot modify readonly property Point::$x
Typed property Lazy::$v must not be accessed before initialization
Cannot initialize readonly property Lazy::$v from global scope
set
5
Cannot modify readonly property Lazy::$v
Cannot unset readonly property Lazy::$v
bool(true)
object(Point)#1 (2) {
  ["x"]=>
  int(3)
  ["tags"]=>
  array(1) {
    [0]=>
    string(1) "a"
  }
}
Cannot modify readonly property RC::$a
Cannot initialize readonly property Lazy::$v from scope Child
