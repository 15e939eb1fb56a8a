--TEST--
An incompatible override of a by-reference function: the message shows its & (a compile
error)
--FILE--
<?php
echo "never\n";
class Base { public function &get($key) {} }
class Sub extends Base { public function &get() {} }
--EXPECTF--

Fatal error: Declaration of & Sub::get() must be compatible with & Base::get($key) in %s on line 4
[exit 255: ]
