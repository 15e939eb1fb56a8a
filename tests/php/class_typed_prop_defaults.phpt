--TEST--
classes: a typed property's default of -1 is a value, not the uninitialized state
--FILE--
<?php
class A {
    public int $neg = -1;
    public ?int $none;
    public int $later;
    public function __construct(public int $promoted = -1) {}
}
$a = new A;
var_dump($a->neg, $a->promoted);
var_dump($a);
try { var_dump($a->later); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r = new ReflectionProperty('A', 'later');
var_dump($r->getModifiers());
$r = new ReflectionProperty('A', 'neg');
var_dump($r->getModifiers());
trait T { public int $p = -1; public ?int $q; }
class B { use T; public int $p = -1; }
$b = new B;
var_dump($b->p);
try { var_dump($b->q); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(-1)
int(-1)
object(A)#1 (2) {
  ["neg"]=>
  int(-1)
  ["none"]=>
  uninitialized(?int)
  ["later"]=>
  uninitialized(int)
  ["promoted"]=>
  int(-1)
}
Typed property A::$later must not be accessed before initialization
int(1)
int(1)
int(-1)
Typed property B::$q must not be accessed before initialization
