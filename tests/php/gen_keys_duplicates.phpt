--TEST--
generators: yield from keeps inner keys, so iterator_to_array overwrites duplicates unless preserve_keys is false
--FILE--
<?php
function inner() { yield 1; yield 2; }
function gen() { yield 0; yield from inner(); yield 3; yield from ['a' => 4, 5]; }
foreach (gen() as $k => $v) echo "$k=>$v "; echo "\n";
var_dump(iterator_to_array(gen()), iterator_to_array(gen(), false));
function strKeys() { yield 'x' => 1; yield 'y' => 2; }
var_dump([...strKeys()], [...gen()]);
function assoc() { yield from ['k1' => 'a']; yield 'k1' => 'b'; }
var_dump(iterator_to_array(assoc()));
--EXPECT--
0=>0 0=>1 1=>2 1=>3 a=>4 0=>5 
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  ["a"]=>
  int(4)
}
array(6) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(4)
  [5]=>
  int(5)
}
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
array(6) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  ["a"]=>
  int(4)
  [4]=>
  int(5)
}
array(1) {
  ["k1"]=>
  string(1) "b"
}
