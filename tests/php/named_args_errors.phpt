--TEST--
Named arguments: a name given twice, positional after named in a spread, skipped required
parameters, values and call results for by-reference parameters
--FILE--
<?php
function f($a, $b = 'B', $c = 'C') { echo "a=$a b=$b c=$c\n"; }
function v(...$rest) { var_dump($rest); }
function r($x, &$y) { $y++; }
function &cell() { static $n = 10; return $n; }

$calls = [
    fn() => f(a: 1, a: 2),
    fn() => f(1, a: 2),
    fn() => f(...['a' => 1], a: 2),
    fn() => f(...[1, 'b' => 2], ...['b' => 3]),
    fn() => f(...['a' => 1, 'b' => 2], ...[3]),
    fn() => f(...new ArrayIterator(['b' => 1, 2])),
    fn() => v(x: 1, x: 2),
    fn() => v(...['x' => 1], ...['x' => 2]),
    fn() => f(b: 2),
    fn() => f(c: 2, b: 1),
    fn() => r(y: 1, x: 0),
    fn() => array_keys(strict: true),
    fn() => str_pad(length: 3, string: 'x'),
];
foreach ($calls as $i => $call) {
    try {
        $call();
    } catch (Error $e) {
        echo $i, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
f(...['b' => 'x'], a: 'y');
v(1, ...['k' => 2], j: 3);
r(0, y: cell());
r(y: cell(), x: 0);
var_dump(cell());
function n() { return 1; }
r(0, y: n());
$g = 'r';
$g(0, y: cell());
var_dump(cell());
--EXPECTF--
0: Error: Named parameter $a overwrites previous argument
1: Error: Named parameter $a overwrites previous argument
2: Error: Named parameter $a overwrites previous argument
3: Error: Named parameter $b overwrites previous argument
a=1 b=2 c=3
5: Error: Cannot use positional argument after named argument during unpacking
6: Error: Named parameter $x overwrites previous argument
7: Error: Named parameter $x overwrites previous argument
8: ArgumentCountError: f(): Argument #1 ($a) not passed
9: ArgumentCountError: f(): Argument #1 ($a) not passed
10: Error: r(): Argument #2 ($y) cannot be passed by reference
11: ArgumentCountError: array_keys(): Argument #1 ($array) not passed
a=y b=x c=C
array(3) {
  [0]=>
  int(1)
  ["k"]=>
  int(2)
  ["j"]=>
  int(3)
}
int(12)

Notice: Only variables should be passed by reference in %s on line 35
int(13)
