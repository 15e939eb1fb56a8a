--TEST--
classes: method variance with intersection and DNF types
--FILE--
<?php
interface A {}
interface B extends A {}
interface C {}
interface Marker {}
class Impl implements B, C {}
class P1 { public function f(): A&C { return new Impl; } public function g(B&C $x) {} }
class C1 extends P1 implements Marker {
    public function f(): B&C { return new Impl; }      // narrower: fine
    public function g(A&C $x) {}                        // wider parameter: fine
}
class P2 { public function f(): (B&C)|int { return 1; } }
class C2 extends P2 implements Marker { public function f(): B&C { return new Impl; } }
class P3 { public function f(): A|int { return 1; } }
class C3 extends P3 implements Marker { public function f(): (B&C)|int { return 1; } }
var_dump((new C1)->f() instanceof C, (new C2)->f() instanceof B, (new C3)->f());
class P4 { public function f(): B&C { return new Impl; } }
class C4 extends P4 implements Marker { public function f(): A&C { return new Impl; } }
echo "not reached\n";
--EXPECTF--
bool(true)
bool(true)
int(1)

Fatal error: Declaration of C4::f(): A&C must be compatible with P4::f(): B&C in %s on line 18
[exit 255: ]
