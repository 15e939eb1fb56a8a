--TEST--
classes: a private property redeclared in a subclass is a separate property; each class's methods see their own
--FILE--
<?php
class A {
    private $p = 'A';
    private $only = 'onlyA';
    function getA() { return $this->p; }
    function setA($v) { $this->p = $v; }
    function issetA() { return isset($this->p); }
    function onlyA() { return $this->only; }
}
class B extends A {
    private $p = 'B';
    function getB() { return $this->p; }
    function setB($v) { $this->p = $v; }
}
class C extends B { public $p = 'C'; }
$b = new B;
echo $b->getA(), $b->getB(), "\n";
$b->setA('a2'); $b->setB('b2');
echo $b->getA(), $b->getB(), "\n";
var_dump($b->issetA(), $b->onlyA());
$c = new C;
echo $c->getA(), $c->getB(), $c->p, "\n";
$c->setA('x'); $c->p = 'y';
echo $c->getA(), $c->getB(), $c->p, "\n";
$k = clone $b;
echo $k->getA(), $k->getB(), "\n";
class P1 { private $v = 1; function incP1() { return ++$this->v; } }
class P2 extends P1 { private $v = 100; function incP2() { return ++$this->v; } }
$o = new P2;
echo $o->incP1(), " ", $o->incP2(), " ", $o->incP1(), "\n";
--EXPECT--
AB
a2b2
bool(true)
string(5) "onlyA"
ABC
xBy
a2b2
2 101 3
