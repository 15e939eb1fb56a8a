--TEST--
the core array functions: slice/splice keys, search and keys with strictness, unique, fills, flips, pads, range steps and ValueErrors, combine, sums, internal pointer, map/filter/reduce/column, merges and unions, shift/unshift/pop/push, reverse, chunk, compact and extract with every EXTR_ mode, stable usort, ksort/krsort and sort flags
--FILE--
<?php
$a = ["x" => 3, 5 => 1, "y" => 2, 7 => 9];
var_dump(array_slice($a, 1, 2), array_slice($a, -2, 1, true), array_splice($a, 1, 2, ["new", "er"]), $a);
var_dump(array_search("1", [0, 1, "1"]), array_search("1", [0, 1, "1"], true), in_array("abc", [0]), in_array(null, [0]), in_array(0, ["a"], true), array_keys([1, 2, 1, "1"], 1), array_keys(["a" => null, "b" => 0], null, true));
var_dump(array_unique([3, "3", 1, "a", "A", 1.0]), array_count_values(["a", "b", "a", 1, "1"]), array_fill_keys(["a", 5], 0), array_fill(5, 3, "x"), array_flip(["a", "b", "a"]), array_pad([1, 2], -5, 0));
var_dump(range('a', 'e', 2), range(5, 1, 2), range(0, 1, 0.25), range('A', 'z', 10), array_combine(["a", "b"], [1, 2]), array_product([2, "3", 4.0]), array_sum([1, 2.5, "3"]), array_product([]));
try { array_combine([1], [1, 2]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { range(1, 2, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { array_fill(0, -1, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$s = [3, 1, 2]; var_dump(current($s), next($s), next($s), next($s), key($s), reset($s), end($s), prev($s), key($s), each_is_gone());
function each_is_gone() { return function_exists('each'); }
$m = [[1, 2], [3, 4]]; var_dump(array_map(null, [1, 2], ['a', 'b']), array_map(fn($x, $y) => $x . $y, [1, 2], ['a']), array_filter([1, 0, 2, null, 3], null), array_filter(["a" => 1, "b" => 2], fn($k) => $k != "a", ARRAY_FILTER_USE_KEY), array_filter([1, 2, 3, 4], fn($v, $k) => $v % 2 && $k, ARRAY_FILTER_USE_BOTH), array_reduce([1, 2, 3], fn($c, $i) => $c + $i, 10), array_column([["id" => 1, "n" => "a"], ["id" => 2, "n" => "b"]], "n", "id"), array_column($m, 1));
var_dump(array_merge(["a" => 1, 2], ["a" => 3, 4]), ["a" => 1, 2] + ["a" => 3, 4, 5], array_merge_recursive(["a" => [1], "b" => 2], ["a" => [3], "b" => 4]), array_replace([1, 2, 3], [1 => "b"], [3 => "d"]), array_key_first(["x" => 1, "y" => 2]), array_key_last([1, 2, 3]), array_key_first([]), array_is_list([1, 2]), array_is_list([1 => 1]));
$st = [5 => "a", 3 => "b"]; var_dump(array_shift($st)); var_dump($st); var_dump(array_unshift($st, "z", "y")); var_dump($st); var_dump(array_pop($st)); var_dump(array_push($st, 1, 2)); var_dump($st, array_reverse(["x" => 1, 2, 3], true), array_reverse(["x" => 1, 2, 3]), array_chunk([1, 2, 3], 2, true), compact_test());
function compact_test() { $a = 1; $b = 2; $r = compact('a', ['b']); extract(["c" => 3, "a" => 9], EXTR_SKIP); return [$r, $a, $c]; }
$data = [["n" => "b", "v" => 2], ["n" => "a", "v" => 2], ["n" => "c", "v" => 1]]; usort($data, fn($x, $y) => $x["v"] <=> $y["v"]); var_dump(array_column($data, "n"));
$k = ["10" => 1, "9" => 2, "a" => 3, "B" => 4]; ksort($k); var_dump($k); krsort($k, SORT_STRING); var_dump($k); $v = ["10", 9, "9a", 1.5, true, null]; sort($v); var_dump($v); rsort($v, SORT_STRING); var_dump($v);
function ex() { if (false) { $shape = $p_size = $p_shape = null; } $a = 1; $size = "large"; $arr = ["color" => "blue", "size" => "medium", "shape" => "sphere", "0" => "zero", "bad name" => 1];
  var_dump(extract($arr, EXTR_PREFIX_SAME, "wddx"), $color, $size, $wddx_size, extract($arr, EXTR_PREFIX_ALL, "p"), $p_color, $p_0, extract($arr, EXTR_SKIP), extract(["a" => 5, "zz" => 6], EXTR_IF_EXISTS), $a, isset($zz), extract(["a" => 7, "q" => 8], EXTR_PREFIX_IF_EXISTS, "x"), $x_a, isset($x_q), extract([1 => "one"], EXTR_PREFIX_INVALID, "n"), $n_1);
  try { extract([], 99); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
  try { extract([], EXTR_PREFIX_ALL); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
  try { extract([], EXTR_PREFIX_ALL, "1x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; } }
ex();
--EXPECT--
array(2) {
  [0]=>
  int(1)
  ["y"]=>
  int(2)
}
array(1) {
  ["y"]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  ["y"]=>
  int(2)
}
array(4) {
  ["x"]=>
  int(3)
  [0]=>
  string(3) "new"
  [1]=>
  string(2) "er"
  [2]=>
  int(9)
}
int(1)
int(2)
bool(false)
bool(true)
bool(false)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) {
  [0]=>
  string(1) "a"
}
array(4) {
  [0]=>
  int(3)
  [2]=>
  int(1)
  [3]=>
  string(1) "a"
  [4]=>
  string(1) "A"
}
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(0)
  [5]=>
  int(0)
}
array(3) {
  [5]=>
  string(1) "x"
  [6]=>
  string(1) "x"
  [7]=>
  string(1) "x"
}
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
}
array(5) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(0)
  [3]=>
  int(1)
  [4]=>
  int(2)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "e"
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  [2]=>
  int(1)
}
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(6) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "K"
  [2]=>
  string(1) "U"
  [3]=>
  string(1) "_"
  [4]=>
  string(1) "i"
  [5]=>
  string(1) "s"
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
float(24)
float(6.5)
int(1)
array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
range(): Argument #3 ($step) must not exceed the specified range
array_fill(): Argument #2 ($count) must be greater than or equal to 0
int(3)
int(1)
int(2)
bool(false)
NULL
int(3)
int(2)
int(1)
int(1)
bool(false)
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    string(1) "b"
  }
}
array(2) {
  [0]=>
  string(2) "1a"
  [1]=>
  string(1) "2"
}
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [4]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array(1) {
  [2]=>
  int(3)
}
int(16)
array(2) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(4)
}
array(3) {
  ["a"]=>
  int(3)
  [0]=>
  int(2)
  [1]=>
  int(4)
}
array(3) {
  ["a"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(5)
}
array(2) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(3)
  }
  ["b"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(4)
  }
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "b"
  [2]=>
  int(3)
  [3]=>
  string(1) "d"
}
string(1) "x"
int(2)
NULL
bool(true)
bool(false)
string(1) "a"
array(1) {
  [0]=>
  string(1) "b"
}
int(3)
array(3) {
  [0]=>
  string(1) "z"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "b"
}
string(1) "b"
int(4)
array(4) {
  [0]=>
  string(1) "z"
  [1]=>
  string(1) "y"
  [2]=>
  int(1)
  [3]=>
  int(2)
}
array(3) {
  [1]=>
  int(3)
  [0]=>
  int(2)
  ["x"]=>
  int(1)
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  ["x"]=>
  int(1)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(1) {
    [2]=>
    int(3)
  }
}
array(3) {
  [0]=>
  array(2) {
    ["a"]=>
    int(1)
    ["b"]=>
    int(2)
  }
  [1]=>
  int(1)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "a"
}
array(4) {
  [9]=>
  int(2)
  [10]=>
  int(1)
  ["B"]=>
  int(4)
  ["a"]=>
  int(3)
}
array(4) {
  ["a"]=>
  int(3)
  ["B"]=>
  int(4)
  [9]=>
  int(2)
  [10]=>
  int(1)
}
array(6) {
  [0]=>
  NULL
  [1]=>
  float(1.5)
  [2]=>
  int(9)
  [3]=>
  string(2) "10"
  [4]=>
  string(2) "9a"
  [5]=>
  bool(true)
}
array(6) {
  [0]=>
  string(2) "9a"
  [1]=>
  int(9)
  [2]=>
  string(2) "10"
  [3]=>
  float(1.5)
  [4]=>
  bool(true)
  [5]=>
  NULL
}
int(3)
string(4) "blue"
string(5) "large"
string(6) "medium"
int(4)
string(4) "blue"
string(4) "zero"
int(0)
int(1)
int(5)
bool(false)
int(1)
int(7)
bool(false)
int(1)
string(3) "one"
extract(): Argument #2 ($flags) must be a valid extract type
extract(): Argument #3 ($prefix) is required when using this extract type
extract(): Argument #3 ($prefix) must be a valid identifier
