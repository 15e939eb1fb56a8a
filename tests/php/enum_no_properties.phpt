--TEST--
An enum declaring a property is a compile error naming the enum
--FILE--
<?php
echo "never\n";
enum Status {
    case Active;
    public $label;
}
--EXPECTF--

Fatal error: Enum Status cannot include properties in %s on line 5
[exit 255: ]
