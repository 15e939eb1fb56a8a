--TEST--
a function named assert may not be declared, in any namespace; a method may
--FILE--
<?php
namespace Checks;
class Tool { function assert($x) { return $x; } }
function assert($cond) { return $cond; }
--EXPECTF--

Fatal error: Defining a custom assert() function is not allowed, as the function has special semantics in %s on line 4
[exit 255: ]
