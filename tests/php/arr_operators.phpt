--TEST--
arr: + union keeps left keys, == compares pairs loosely in any order, === needs same order and types
--FILE--
<?php
$a = [1, 2, 'k' => 'a'];
$b = [10, 20, 30, 'k' => 'b', 'z' => 'z'];
echo json_encode($a + $b), "\n";
echo json_encode($b + $a), "\n";
$c = $a;
$c += ['k' => 'ignored', 'new' => 'added'];
echo json_encode($c), "\n";
var_dump([1, 2] == [1, 2], [1, 2] == [2 => 1], ['a' => 1, 'b' => 2] == ['b' => 2, 'a' => 1]);
var_dump(['a' => 1, 'b' => 2] === ['b' => 2, 'a' => 1], [1, 2] === [1, 2], ["1"] == [1], ["1"] === [1]);
var_dump([0 => 'a'] == ["0" => 'a'], [] == [], [null] == [], [[1]] == [["1"]]);
var_dump([1, 2] != [1, 3], [1, 2] <> [1, 2], [1, 2] !== [2 => 1]);
try { $x = [1] + 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $x = [1] - [1]; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $x = [1] . ""; } catch (Error $e) { echo "never\n"; }
--EXPECTF--
{"0":1,"1":2,"k":"a","2":30,"z":"z"}
{"0":10,"1":20,"2":30,"k":"b","z":"z"}
{"0":1,"1":2,"k":"a","new":"added"}
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
Unsupported operand types: array + int
Unsupported operand types: array - array

Warning: Array to string conversion in %s on line 15
