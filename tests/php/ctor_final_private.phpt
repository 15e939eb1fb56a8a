--TEST--
A final private constructor may not be overridden (a compile error)
--FILE--
<?php
echo "never\n";
class Base { final private function __construct() {} }
class Sub extends Base { public function __construct() {} }
--EXPECTF--

Fatal error: Cannot override final method Base::__construct() in %s on line 4
[exit 255: ]
