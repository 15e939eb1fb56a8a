--TEST--
classes: a redeclared property keeps its intersection type (members in any order), else a fatal error
--FILE--
<?php
interface X {}
interface Y {}
class Both implements X, Y {}
class A { public X&Y $p; public object|iterable $q; public (X&Y)|null $r = null; }
class B extends A { public Y&X $p; public iterable|object $q; public null|(Y&X) $r = null; }
$b = new B;
$b->p = new Both;
var_dump($b->p instanceof X, $b->r);
class C { public X&Y $p; }
if (true) { class D extends C { public Both $p; } }
echo "not reached\n";
--EXPECTF--
bool(true)
NULL

Fatal error: Type of D::$p must be X&Y (as in class C) in %s on line 11
[exit 255: ]
