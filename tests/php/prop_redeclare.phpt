--TEST--
A property declared twice, here as a promoted one and a plain one (a compile error)
--FILE--
<?php
echo "never\n";
class T {
    public function __construct(public int $p) {}
    public $p;
}
--EXPECTF--

Fatal error: Cannot redeclare T::$p in %s on line 5
[exit 255: ]
