--TEST--
A method call site's cache: public methods found alike from every scope, private methods of a calling class that a subclass's public one does not override, protected ones, several classes at one site
--FILE--
<?php
class A {
    private function p() { return "A::p"; }
    public function q() { return "A::q"; }
    protected function r() { return "A::r"; }
    public function callP(A $o) { return $o->p(); }   // A's private p for every A
    public function callQ(A $o) { return $o->q(); }
    public function callR(A $o) { return $o->r(); }
}
class B extends A {
    public function p() { return "B::p"; }
    public function q() { return "B::q"; }
    protected function r() { return "B::r"; }
}
class C extends B { }
class D { public function q() { return "D::q"; } public function p() { return "D::p"; } }
function outside($o) { return $o->q(); }
function outsideP($o) { try { return $o->p(); } catch (Error $e) { return $e->getMessage(); } }
function outsideR($o) { try { return $o->r(); } catch (Error $e) { return $e->getMessage(); } }
$objs = [new A, new B, new C, new A, new C, new B];
for ($round = 0; $round < 3; $round++) {
    foreach ($objs as $o) {
        echo $o->callP($o), " ", $o->callQ($o), " ", $o->callR($o), " ", outside($o), " ",
             outsideP($o), " ", outsideR($o), "\n";
    }
    echo outside(new D), " ", outsideP(new D), "\n";
}
trait T { public function t() { return "T::t in " . static::class; } }
class E { use T { t as private hidden; t as public shown; } public function viaHidden() { return $this->hidden(); } }
$e = new E;
foreach ([1, 2] as $_) {
    echo $e->shown(), " ", $e->viaHidden(), " ";
    try { echo $e->hidden(); } catch (Error $x) { echo $x->getMessage(); }
    echo "\n";
}
class M { public function __call($n, $a) { return "__call $n"; } private function priv() { return "priv"; }
          public function inside() { return $this->priv(); } }
$m = new M;
foreach ([1, 2] as $_) echo $m->priv(), " ", $m->inside(), " ", $m->other(), "\n";
--EXPECT--
A::p A::q A::r A::q Call to private method A::p() from global scope Call to protected method A::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p A::q A::r A::q Call to private method A::p() from global scope Call to protected method A::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
D::q D::p
A::p A::q A::r A::q Call to private method A::p() from global scope Call to protected method A::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p A::q A::r A::q Call to private method A::p() from global scope Call to protected method A::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
D::q D::p
A::p A::q A::r A::q Call to private method A::p() from global scope Call to protected method A::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p A::q A::r A::q Call to private method A::p() from global scope Call to protected method A::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
A::p B::q B::r B::q B::p Call to protected method B::r() from global scope
D::q D::p
T::t in E T::t in E Call to private method E::hidden() from global scope
T::t in E T::t in E Call to private method E::hidden() from global scope
__call priv priv __call other
__call priv priv __call other
