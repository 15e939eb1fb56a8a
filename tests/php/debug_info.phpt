--TEST--
__debugInfo in var_dump and print_r; Serializable exists; new with a null class name
--FILE--
<?php
class P { private $secret = 1; public $shown = 2; public function __debugInfo() { return ['shown' => $this->shown, 'extra' => 'x']; } }
$p = new P; var_dump($p);
class Q { public function __debugInfo() { return null; } }
$q = new Q; var_dump($q);
print_r($p); echo "\n";
try { $n = null; new $n; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class S implements Serializable { function serialize() {} function unserialize($d) {} function __serialize(): array { return []; } function __unserialize(array $a): void {} }
var_dump(new S instanceof Serializable);
--EXPECT--
object(P)#1 (2) {
  ["shown"]=>
  int(2)
  ["extra"]=>
  string(1) "x"
}
object(Q)#2 (0) {
}
P Object
(
    [shown] => 2
    [extra] => x
)

Class name must be a valid object or a string
bool(true)
