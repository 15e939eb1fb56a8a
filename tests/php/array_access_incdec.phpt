--TEST--
++ and -- of an ArrayAccess element: through a by-reference offsetGet in place, else a copy with PHP's notice and no offsetSet; += calls offsetSet; ArrayObject increments its storage
--FILE--
<?php
class Plain implements ArrayAccess {
    public $d = ['n' => 1];
    function offsetExists($k): bool { return isset($this->d[$k]); }
    function offsetGet($k): mixed { echo "get $k\n"; return $this->d[$k] ?? 0; }
    function offsetSet($k, $v): void { echo "set $k\n"; $this->d[$k] = $v; }
    function offsetUnset($k): void { unset($this->d[$k]); }
}
class ByRef extends Plain {
    function &offsetGet($k): mixed { echo "refget $k\n"; if (!isset($this->d[$k])) $this->d[$k] = 0; return $this->d[$k]; }
}
foreach ([new Plain, new ByRef] as $o) {
    var_dump($o['n']++, ++$o['n'], $o['m']--);
    $o['n'] += 5;
    var_dump($o->d);
}
$ao = new ArrayObject(['x' => 1]);
$ao['x']++;
++$ao['y'];
var_dump($ao->getArrayCopy());
--EXPECTF--
get n

Notice: Indirect modification of overloaded element of Plain has no effect in %s on line 13
get n

Notice: Indirect modification of overloaded element of Plain has no effect in %s on line 13
get m

Notice: Indirect modification of overloaded element of Plain has no effect in %s on line 13
int(1)
int(2)
int(0)
get n
set n
array(1) {
  ["n"]=>
  int(6)
}
refget n
refget n
refget m
int(1)
int(3)
int(0)
refget n
set n
array(2) {
  ["n"]=>
  int(8)
  ["m"]=>
  int(-1)
}

Warning: Undefined array key "y" in %s on line 19
array(2) {
  ["x"]=>
  int(2)
  ["y"]=>
  int(1)
}
