--TEST--
traits: insteadof picks one conflicting method, as adds aliases that keep the original reachable
--FILE--
<?php
trait A { function hi() { return 'A::hi'; } function bye() { return 'A::bye'; } }
trait B { function hi() { return 'B::hi'; } function bye() { return 'B::bye'; } }
class C { use A, B { A::hi insteadof B; B::bye insteadof A; B::hi as bHi; A::bye as aBye; A::hi as protected hiddenHi; } 
  function callHidden() { return $this->hiddenHi(); } }
$c = new C;
echo $c->hi(), " ", $c->bye(), " ", $c->bHi(), " ", $c->aBye(), " ", $c->callHidden(), "\n";
$m = get_class_methods('C'); sort($m); print_r($m);
try { $c->hiddenHi(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
A::hi B::bye B::hi A::bye A::hi
Array
(
    [0] => aBye
    [1] => bHi
    [2] => bye
    [3] => callHidden
    [4] => hi
)
Call to protected method C::hiddenHi() from global scope
