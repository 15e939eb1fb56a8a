--TEST--
conv: arrays converted to strings warn "Array to string conversion"; objects without __toString throw
--FILE--
<?php
$a = [1, 2];
echo "x" . $a, "\n";
echo "$a\n";
$s = (string)$a;
var_dump($s);
var_dump(implode(",", [[1]]));
try { echo new stdClass; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $x = "a" . new stdClass; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class T { function __toString(): string { return "T!"; } }
echo new T, " ", "in " . new T, " ", strlen(new T), "\n";
var_dump((string)new T === "T!", new T == "T!");
var_dump(in_array("T!", [new T]));
--EXPECTF--

Warning: Array to string conversion in %s on line 3
xArray

Warning: Array to string conversion in %s on line 4
Array

Warning: Array to string conversion in %s on line 5
string(5) "Array"

Warning: Array to string conversion in %s on line 7
string(5) "Array"
Error: Object of class stdClass could not be converted to string
Object of class stdClass could not be converted to string
T! in T! 2
bool(true)
bool(true)
bool(true)
