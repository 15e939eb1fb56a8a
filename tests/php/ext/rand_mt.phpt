--TEST--
PHP's Mt19937: mt_srand/mt_rand/rand sequences (32- and 64-bit ranges, MT_RAND_PHP, swapped rand bounds, errors), shuffle, str_shuffle, array_rand; random_int/random_bytes errors
--FILE--
<?php
try { random_bytes(0); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { random_bytes(-1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { random_int(5, 1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(strlen(random_bytes(16)), random_int(3, 3));
$r = random_int(-5, 5); var_dump($r >= -5 && $r <= 5);
mt_srand(42); echo mt_rand(), " ", mt_rand(1, 100), " ", rand(), " ", rand(10, 1), " ", rand(1, 6), "\n";
mt_srand(3, MT_RAND_PHP); echo mt_rand(), " ", mt_rand(1, 10), " ", mt_rand(1, 1000), "\n";
var_dump(MT_RAND_PHP, MT_RAND_MT19937, mt_getrandmax(), getrandmax());
for ($seed = 0; $seed < 3; $seed++) {
    mt_srand($seed); $a = range(1, 10); shuffle($a); echo implode(",", $a), " ", str_shuffle("abcdefgh"), "\n";
    var_dump(array_rand(["a" => 1, "b" => 2, "c" => 3]), array_rand(range(0, 9), 3), array_rand(range(0, 9), 8));
    $h = ["x" => 1, "y" => 2, 5 => 3]; shuffle($h); var_dump($h);
}
try { array_rand([]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { array_rand([1], 2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { mt_rand(5, 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { mt_rand(5); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
mt_srand(5); echo mt_rand(0, PHP_INT_MAX), " ", mt_rand(-1000, 1000), " ", mt_rand(0, 0xFFFFFFFF), " ", mt_rand(PHP_INT_MIN, PHP_INT_MAX), " ", mt_rand(0, 0x1FFFFFFFF), "\n";
srand(7); echo rand(), " ", mt_rand(), "\n";
mt_srand(1); $s = ""; for ($i = 0; $i < 700; $i++) $s .= mt_rand(0, 9); echo md5($s), "\n";
var_dump(str_shuffle(""), str_shuffle("a"));
--EXPECT--
ValueError: random_bytes(): Argument #1 ($length) must be greater than 0
ValueError: random_bytes(): Argument #1 ($length) must be greater than 0
ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)
int(16)
int(3)
bool(true)
804318771 68 2041643438 5 1
969637571 10 709
int(1)
int(0)
int(2147483647)
int(2147483647)
9,7,8,4,10,2,3,6,1,5 faehbgcd
string(1) "a"
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(4)
  [2]=>
  int(8)
}
array(8) {
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
  [6]=>
  int(7)
  [7]=>
  int(8)
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(1)
  [2]=>
  int(3)
}
1,9,3,8,7,2,4,5,10,6 chgfbdea
string(1) "a"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(6)
}
array(8) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(4)
  [3]=>
  int(5)
  [4]=>
  int(6)
  [5]=>
  int(7)
  [6]=>
  int(8)
  [7]=>
  int(9)
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(1)
  [2]=>
  int(3)
}
4,1,2,8,5,10,3,6,7,9 gfadebch
string(1) "b"
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(6)
  [2]=>
  int(7)
}
array(8) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  int(4)
  [3]=>
  int(5)
  [4]=>
  int(6)
  [5]=>
  int(7)
  [6]=>
  int(8)
  [7]=>
  int(9)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  int(2)
}
array_rand(): Argument #1 ($array) cannot be empty
array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)
ArgumentCountError: mt_rand() expects exactly 2 arguments, 1 given
1017893566339648355 819 3570525885 -2513610616750765082 8240371088
163870807 488206946
b33106cc90bacb2c9aae72780b51234a
string(0) ""
string(1) "a"
