--TEST--
closures_use: a small program exercising closures use
--FILE--
<?php
$factor = 3;
$mul = function ($x) use ($factor) { return $x * $factor; };
$factor = 10;
echo $mul(2), "\n";
$count = 0;
$inc = function () use (&$count) { $count++; return $count; };
$inc(); $inc();
echo "count=$count\n";
$add = fn($x) => $x + $factor;
echo $add(5), "\n";
$compose = fn($f, $g) => fn($x) => $f($g($x));
$h = $compose($mul, $add);
echo $h(1), "\n";
echo implode(',', array_map(fn($v) => $v * 2, [1, 2, 3])), "\n";
echo implode(',', array_filter([1, 2, 3, 4, 5, 6], function ($v) { return $v % 2 == 0; })), "\n";
echo array_reduce([1, 2, 3, 4], fn($c, $i) => $c + $i, 0), "\n";
function counter() { static $n = 0; return ++$n; }
counter(); counter();
echo counter(), "\n";
class Box { private $items = []; function add($x) { $this->items[] = $x; return $this; }
  function each(callable $f) { foreach ($this->items as $i) $f($i); }
  function mapper() { return function($x) { return count($this->items) * $x; }; } }
$b = (new Box)->add(1)->add(2);
$b->each(function ($i) { echo "item $i\n"; });
$m = $b->mapper();
echo $m(10), "\n";
$gl = 5;
function useGlobal() { global $gl; $gl++; return $gl; }
echo useGlobal(), " $gl\n";
usort($arr2, fn($a, $b) => $a <=> $b);
$arr2 = [3, 1, 2];
usort($arr2, fn($a, $b) => $b <=> $a);
echo implode(' ', $arr2), "\n";
--EXPECTF--
6
count=2
15
33
2,4,6
2,4,6
10
3
item 1
item 2
20
6 6

Fatal error: Uncaught TypeError: usort(): Argument #1 ($array) must be of type array, null given in %s:31
Stack trace:
#0 %s(31): usort(NULL, Object(Closure))
#1 {main}
  thrown in %s on line 31
[exit 255: ]
