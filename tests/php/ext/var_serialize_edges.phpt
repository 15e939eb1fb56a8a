--TEST--
serialize/unserialize edge cases: anonymous classes, names repeated by __sleep, truncated object headers
--FILE--
<?php
$o = new class { public $a = 1; }; try { serialize($o); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
class A { public $b; function __sleep() { return ["b", "b"]; } } echo serialize(new A), "\n";
var_dump(unserialize("O:1:\"A\":"), unserialize("O:1:\"A\""), unserialize("O:1:\"A\":1"), unserialize("O:1:\"A\":0:{}") instanceof A);
--EXPECTF--
Serialization of 'class@anonymous' is not allowed

Notice: serialize(): "b" is returned from __sleep() multiple times in %s on line 3
O:1:"A":1:{s:1:"b";N;}

Warning: Bad unserialize data in %s on line 4

Notice: unserialize(): Error at offset 6 of 8 bytes in %s on line 4

Notice: unserialize(): Error at offset 7 of 7 bytes in %s on line 4

Notice: unserialize(): Error at offset 9 of 9 bytes in %s on line 4
bool(false)
bool(false)
bool(false)
bool(true)
