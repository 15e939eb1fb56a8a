--TEST--
a literal method name that is not a string ($o->{0}(), A::{1.5}()) is a compile error; computed string names call __call and __callStatic
--FILE--
<?php
class C { static function __callStatic($n, $a) { return $n; } function __call($n, $a) { return $n; } }
echo C::{"x" . 1}(), (new C)->{"y"}(), "\n";
C::{1.5}();
--EXPECTF--

Fatal error: Method name must be a string in %s on line 4
[exit 255: ]
