--TEST--
Taking a reference of a ?-> chain is a compile error
--FILE--
<?php
class Box { public $item = 1; }
$box = new Box;
echo "never printed\n";
$alias = &$box?->item;
--EXPECTF--

Fatal error: Cannot take reference of a nullsafe chain in %s on line 5
[exit 255: ]
