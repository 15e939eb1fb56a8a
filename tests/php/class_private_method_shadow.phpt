--TEST--
classes: a private method is not overridden by a subclass's method of the same name (calls from the declaring class reach it)
--FILE--
<?php
class A {
    private function m() { return "A::m"; }
    function callA() { return $this->m(); }
    private static function s() { return "A::s"; }
    static function callS() { return static::s(); }
    function callSelf() { return self::s(); }
    function viaCallable() { return call_user_func([$this, 'm']); }
    function viaClosure() { return (fn() => $this->m())(); }
}
class B extends A {
    function m() { return "B::m"; }
    static function s() { return "B::s"; }
    function callB() { return $this->m(); }
}
class C extends B { function callC() { return $this->m(); } }
$b = new B;
echo $b->callA(), "\n", $b->m(), "\n", $b->callB(), "\n", $b->callSelf(), "\n", B::callS(), "\n";
echo $b->viaCallable(), "\n", $b->viaClosure(), "\n";
$c = new C;
echo $c->callA(), " ", $c->callC(), "\n";
class P { private function hidden() { return "P"; } function run() { return $this->hidden(); } }
class Q extends P { private function hidden() { return "Q"; } function runQ() { return $this->hidden(); } }
$q = new Q; echo $q->run(), $q->runQ(), "\n";
try { $q->hidden(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
A::m
B::m
B::m
A::s
B::s
A::m
A::m
A::m B::m
PQ
Call to private method Q::hidden() from global scope
