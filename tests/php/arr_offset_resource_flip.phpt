--TEST--
arr: a resource used as an array offset warns and casts to its id; array_flip skips values that
are neither ints nor strings; binding errors of callbacks that a builtin calls name no call site
--FILE--
<?php
set_error_handler(function ($no, $msg) {
    echo "[$no] ", preg_replace('/\d+/', 'N', $msg), "\n";
    return true;
});
$fp = fopen("php://memory", "r");
$a = [$fp => 'lit'];
$a[$fp] = 'set';
var_dump(count($a), isset($a[$fp]), array_key_exists($fp, $a), $a[(int)$fp]);
unset($a[$fp]);
var_dump($a);
var_dump(array_flip([1.5, true, null, "a", 2, [1], "b" => "7"]));
function two($a, $b) { return $a; }
function typed(int $i) { return $i; }
foreach ([fn() => array_map('two', [1]), fn() => array_map('typed', ["x"]),
          fn() => two(1), fn() => typed("y")] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ": ", preg_replace(['~/\S*/~', '/\d+/'], ['', 'N'], $e->getMessage()), "\n";
    }
}
foreach ([['a'], ['a', 'b', 'c'], []] as $cb) {
    try {
        array_map($cb, [1]);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
[2] Resource ID#N used as offset, casting to integer (N)
[2] Resource ID#N used as offset, casting to integer (N)
[2] Resource ID#N used as offset, casting to integer (N)
[2] Resource ID#N used as offset, casting to integer (N)
int(1)
bool(true)
bool(true)
string(3) "set"
[2] Resource ID#N used as offset, casting to integer (N)
array(0) {
}
[2] array_flip(): Can only flip string and integer values, entry skipped
[2] array_flip(): Can only flip string and integer values, entry skipped
[2] array_flip(): Can only flip string and integer values, entry skipped
[2] array_flip(): Can only flip string and integer values, entry skipped
array(3) {
  ["a"]=>
  int(3)
  [2]=>
  int(4)
  [7]=>
  string(1) "b"
}
ArgumentCountError: Too few arguments to function two(), N passed and exactly N expected
TypeError: typed(): Argument #N ($i) must be of type int, string given
ArgumentCountError: Too few arguments to function two(), N passed in arr_offset_resource_flip.php on line N and exactly N expected
TypeError: typed(): Argument #N ($i) must be of type int, string given, called in arr_offset_resource_flip.php on line N
array_map(): Argument #1 ($callback) must be a valid callback or null, array callback must have exactly two members
array_map(): Argument #1 ($callback) must be a valid callback or null, array callback must have exactly two members
array_map(): Argument #1 ($callback) must be a valid callback or null, array callback must have exactly two members
