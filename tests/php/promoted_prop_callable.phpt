--TEST--
A promoted property cannot have type callable (a compile error)
--FILE--
<?php
echo "never\n";
class T {
    public function __construct(public ?callable $c = null) {}
}
--EXPECTF--

Fatal error: Property T::$c cannot have type ?callable in %s on line 4
[exit 255: ]
