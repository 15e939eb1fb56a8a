--TEST--
arr: count and sizeof with COUNT_RECURSIVE, count of non-countables (TypeError), Countable
--FILE--
<?php
$a = [1, [2, 3, [4, 5]], 'k' => ['x' => [], 'y' => 1]];
var_dump(count($a), count($a, COUNT_RECURSIVE), sizeof($a), count([]), count([[]], 1));
class C implements Countable { public function count(): int { return 42; } }
var_dump(count(new C));
foreach ([null, 1, "str", new stdClass, false] as $v) {
    try { count($v); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$r = [1];
$r[] = &$r;
var_dump(count($r));
try { count([1], 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(3)
int(10)
int(3)
int(0)
int(1)
int(42)
count(): Argument #1 ($value) must be of type Countable|array, null given
count(): Argument #1 ($value) must be of type Countable|array, int given
count(): Argument #1 ($value) must be of type Countable|array, string given
count(): Argument #1 ($value) must be of type Countable|array, stdClass given
count(): Argument #1 ($value) must be of type Countable|array, bool given
int(2)
count(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE
