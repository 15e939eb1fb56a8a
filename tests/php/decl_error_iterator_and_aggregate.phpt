--TEST--
a class may not implement both Iterator and IteratorAggregate, also when one comes from its parent (an error when it is linked)
--FILE--
<?php
abstract class Base implements IteratorAggregate {}
interface Both extends Iterator, IteratorAggregate {}
echo "interfaces may\n";
abstract class Child extends Base implements Iterator {}
--EXPECTF--
interfaces may

Fatal error: Class Child cannot implement both Iterator and IteratorAggregate at the same time in %s on line 5
[exit 255: ]
