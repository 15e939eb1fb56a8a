--TEST--
isset() of anything but a variable, element or property is a compile error
--FILE--
<?php
class A { public static $s = 1; public $p; }
$o = new A;
var_dump(isset($o->p), isset(A::$s), isset($o?->p), isset($o->missing->deeper));
var_dump(isset(strlen("x")));
--EXPECTF--

Fatal error: Cannot use isset() on the result of an expression (you can use "null !== expression" instead) in %s on line 5
[exit 255: ]
