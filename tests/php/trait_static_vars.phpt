--TEST--
traits: static variables in trait methods are separate per using class and shared by subclasses in 8.2 rules
--FILE--
<?php
trait Counts { function tick() { static $n = 0; return ++$n; } static function stick() { static $m = 0; return ++$m; } }
class A { use Counts; } class B { use Counts; } class A2 extends A {}
$a = new A; $b = new B; $a2 = new A2;
echo $a->tick(), $a->tick(), $b->tick(), $a2->tick(), $a->tick(), "\n";
echo A::stick(), B::stick(), A::stick(), A2::stick(), "\n";
--EXPECT--
12134
1123
