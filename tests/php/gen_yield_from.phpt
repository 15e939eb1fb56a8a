--TEST--
generators: yield from arrays, iterators and generators; keys are preserved; return value of inner generator
--FILE--
<?php
function inner() { yield 1; yield 2; return 'inner-ret'; }
function outer() { $r = yield from inner(); echo "inner returned $r\n"; yield from ['x' => 10, 'y' => 20]; yield from new ArrayIterator([7, 8]); yield 3; return 'outer-ret'; }
$g = outer();
foreach ($g as $k => $v) echo "$k => $v\n";
echo $g->getReturn(), "\n";
var_dump(iterator_to_array(outer(), false));
function nested() { yield 0; yield from (function() { yield 1; yield from (function() { yield 2; })(); })(); yield 3; }
echo implode(',', iterator_to_array(nested(), false)), "\n";
function sendThrough() { $x = yield from (function() { $got = yield 'inner'; return "got $got"; })(); yield $x; }
$s = sendThrough(); var_dump($s->current(), $s->send('S'));
--EXPECT--
0 => 1
1 => 2
inner returned inner-ret
x => 10
y => 20
0 => 7
1 => 8
0 => 3
outer-ret
inner returned inner-ret
array(7) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(10)
  [3]=>
  int(20)
  [4]=>
  int(7)
  [5]=>
  int(8)
  [6]=>
  int(3)
}
0,1,2,3
string(5) "inner"
string(5) "got S"
