--TEST--
arr: spread in array literals with int keys (renumbered) and string keys (PHP 8.1, later wins)
--FILE--
<?php
$a = [1, 2];
$b = [5 => 'x', 9 => 'y'];
echo json_encode([...$a, ...$b, 3]), "\n";
$s1 = ['a' => 1, 'b' => 2];
$s2 = ['b' => 'B', 'c' => 'C'];
echo json_encode([...$s1, ...$s2]), "\n";
echo json_encode(['b' => 'first', ...$s1]), "\n";
echo json_encode([...$s1, 'b' => 'last']), "\n";
function gen() { yield 'k' => 1; yield 2; }
var_dump([...gen()]);
echo json_encode([...new ArrayIterator(['p' => 1, 2])]), "\n";
$empty = [];
echo json_encode([...$empty, ...[]]), "\n";
$nul = null;
$five = 5;
try { $x = [...$nul]; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $x = [...$five]; } catch (Error $e) { echo $e->getMessage(), "\n"; }
function f(...$args) { return $args; }
echo json_encode(f(...['x' => 1, 'y' => 2])), "\n";
$nested = [[1, 2], [3]];
echo json_encode(array_merge(...$nested)), "\n";
--EXPECT--
[1,2,"x","y",3]
{"a":1,"b":"B","c":"C"}
{"b":2,"a":1}
{"a":1,"b":"last"}
array(2) {
  ["k"]=>
  int(1)
  [0]=>
  int(2)
}
{"p":1,"0":2}
[]
Error: Only arrays and Traversables can be unpacked
Only arrays and Traversables can be unpacked
{"x":1,"y":2}
[1,2,3]
