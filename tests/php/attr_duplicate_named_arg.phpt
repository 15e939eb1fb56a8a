--TEST--
An attribute's argument named twice is a compile error
--FILE--
<?php
echo "never\n";
#[Attribute]
class A { public function __construct(...$args) {} }
#[A(x: 1, y: 2, x: 3)]
function f() {}
--EXPECTF--

Fatal error: Duplicate named parameter $x in %s on line 6
[exit 255: ]
