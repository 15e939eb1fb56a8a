--TEST--
static properties bound to references, shared by the declaring class and its subclasses
--FILE--
<?php
class P { public static $x = 1; }
class C extends P {}
class D extends P {}
$y = 10;
C::$x = &$y;
$y = 20;
var_dump(P::$x, C::$x, D::$x);
P::$x = 30;
var_dump($y);
function &ref() { static $v = 5; return $v; }
P::$x = &ref();
var_dump(D::$x);
--EXPECT--
int(20)
int(20)
int(20)
int(30)
int(5)
