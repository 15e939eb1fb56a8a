--TEST--
classes: readonly property errors: modify, init from outside scope, unset, by reference, increment
--FILE--
<?php
class R { public function __construct(public readonly int $x, public readonly array $list = [1, 2]) {}
  public function set($v) { $this->x = $v; } }
$r = new R(1);
try { $r->x = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->set(3); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->x++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset($r->x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->list[] = 3; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $ref = &$r->x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { foreach ($r as &$v) {} } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($r);
class Late { public readonly string $s; function init() { $this->s = "once"; } }
$l = new Late;
try { $l->s = "outside"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$l->init(); echo $l->s, "\n";
try { $l->init(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($l->s));
--EXPECT--
Cannot modify readonly property R::$x
Cannot modify readonly property R::$x
Cannot modify readonly property R::$x
Cannot unset readonly property R::$x
Cannot modify readonly property R::$list
Cannot modify readonly property R::$x
Cannot acquire reference to readonly property R::$x
object(R)#1 (2) {
  ["x"]=>
  int(1)
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
Cannot initialize readonly property Late::$s from global scope
once
Cannot modify readonly property Late::$s
bool(true)
