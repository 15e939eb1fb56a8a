--TEST--
iterators: Countable objects with count(), count on non-countables throws TypeError
--FILE--
<?php
class C implements Countable { function count(): int { return 42; } }
var_dump(count(new C), count([1, 2]), count(new ArrayObject([1, 2, 3])));
try { count(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { count("str"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { count(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(count([1, [2, 3]], COUNT_RECURSIVE), sizeof(new C));
class Neg implements Countable { function count(): int { return -1; } } var_dump(count(new Neg));
--EXPECT--
int(42)
int(2)
int(3)
count(): Argument #1 ($value) must be of type Countable|array, stdClass given
count(): Argument #1 ($value) must be of type Countable|array, string given
count(): Argument #1 ($value) must be of type Countable|array, null given
int(4)
int(42)
int(-1)
