--TEST--
generators: explicit keys, auto keys continue after integer keys, key() and current() before start
--FILE--
<?php
function g() { yield 'a'; yield 5 => 'b'; yield 'c'; yield 'k' => 'd'; yield 'e'; yield -10 => 'f'; yield 'g'; }
foreach (g() as $k => $v) { var_dump($k); echo "=> $v\n"; }
$gen = g(); var_dump($gen->key(), $gen->current()); $gen->next(); var_dump($gen->key());
function kv() { yield [1, 2] => new stdClass; yield 1.5 => null; }
foreach (kv() as $k => $v) var_dump($k);
var_dump(iterator_to_array(g()));
var_dump(iterator_to_array(g(), false));
--EXPECT--
int(0)
=> a
int(5)
=> b
int(6)
=> c
string(1) "k"
=> d
int(7)
=> e
int(-10)
=> f
int(8)
=> g
int(0)
string(1) "a"
int(5)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
float(1.5)
array(7) {
  [0]=>
  string(1) "a"
  [5]=>
  string(1) "b"
  [6]=>
  string(1) "c"
  ["k"]=>
  string(1) "d"
  [7]=>
  string(1) "e"
  [-10]=>
  string(1) "f"
  [8]=>
  string(1) "g"
}
array(7) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
  [5]=>
  string(1) "f"
  [6]=>
  string(1) "g"
}
