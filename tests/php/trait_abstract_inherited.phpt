--TEST--
traits: an abstract trait method is implemented by a method the class inherits (checked against it; a private one does not count)
--FILE--
<?php
trait T { abstract public function req(?bool $a = null): string; function useit() { return $this->req(); } }
abstract class Base { public function req(?bool $a = null): string { return "base"; } }
abstract class Mid extends Base { use T; }
class Leaf extends Mid {}
echo (new Leaf)->useit(), "\n";
abstract class Base2 { abstract public function req(?bool $a = null): string; }
abstract class Mid2 extends Base2 { use T; }
class Leaf2 extends Mid2 { public function req(?bool $a = null): string { return "leaf2"; } }
echo (new Leaf2)->useit(), "\n";
class PrivBase { private function req(?bool $a = null): string { return "priv"; } }
abstract class Mid3 extends PrivBase { use T; }
class Leaf3 extends Mid3 { public function req(?bool $a = null): string { return "leaf3"; } }
echo (new Leaf3)->useit(), "\n";
trait U { abstract public function num(int $x): int; }
class NB { public function num(int $x): int { return $x * 2; } }
class NC extends NB { use U; }
echo (new NC)->num(21), "\n";
class BadBase { public function num(string $x): int { return 0; } }
class Bad extends BadBase { use U; }
--EXPECTF--
base
leaf2
leaf3
42

Fatal error: Declaration of BadBase::num(string $x): int must be compatible with U::num(int $x): int in %s on line 19
[exit 255: ]
