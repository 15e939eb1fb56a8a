--TEST--
classes: a readonly property redeclared in a subclass may still be initialized from the parent's scope; isset of an uninitialized one
--FILE--
<?php
class A {
    protected readonly int $prop;
    public function __construct() { $this->prop = 42; }
    public function initAgain() { $this->prop = 1; }
}
class B extends A { public readonly int $prop; }
$b = new B;
var_dump($b->prop);
try { $b->initAgain(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class X { public function init() { $this->prop = 1; } }
class Y extends X { public readonly int $prop; }
try { (new Y)->init(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class I { public int $p = 1; }
class T { public readonly I $i; public int $n; }
$t = new T;
var_dump(isset($t->i->p), $t->n ?? 5, isset($t->n), empty($t->n), $t->i->p ?? 7);
try { var_dump($t->n); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(42)
Cannot modify readonly property B::$prop
Cannot initialize readonly property Y::$prop from scope X
bool(false)
int(5)
bool(false)
bool(true)
int(7)
Typed property T::$n must not be accessed before initialization
