--TEST--
call: by-reference parameters on CALL's fast path (array elements, properties, static properties, undefined variables, defaults, typed, traces, exceptions)
--FILE--
<?php
function swap(&$x, &$y) { $t = $x; $x = $y; $y = $t; }
function bump(&$n, $by = 1) { $n += $by; return $n; }
function typed(int &$i, string $s = "d") { $i = $i * 2; return $s . $i; }
function mixed_args($a, &$r, $b) { $r = $a + $b; $a = 99; $b = 98; }
function grow(array &$arr, $v) { $arr[] = $v; return count($arr); }
function trace(&$x) { $x++; debug_print_backtrace(); return (new Exception("e"))->getTraceAsString(); }
function thrower(&$x, $msg) { $x = "set before"; throw new RuntimeException($msg); }
function deep(&$x, $n) { if ($n > 0) { $x .= $n; return deep($x, $n - 1); } return $x; }

class Box { public $p = 1; public static $s = 10; public array $arr = [1, 2]; }

// elements of an array, swapped repeatedly (the benchmark's shape)
$a = [1, 2, 3, 4, 5];
for ($i = 0, $j = 4; $i < $j; $i++, $j--)
    swap($a[$i], $a[$j]);
echo implode(",", $a), "\n";
// a reference made for an element stays shared with the array's copies while it is held
$b = [1, 2];
$r = &$b[1];
swap($b[0], $b[1]);
$copy2 = $b;
$copy2[1] = 'shared';
echo json_encode($b), " ", json_encode($copy2), "\n";
unset($r);
// new elements and nested ones are made by the reference
$c = [];
swap($c['x'], $c['y']['z']);
var_dump($c);
// properties and static properties
$o = new Box;
$v = 5;
swap($o->p, $v);
echo $o->p, " ", $v, "\n";
swap(Box::$s, $o->p);
echo Box::$s, " ", $o->p, "\n";
echo grow($o->arr, 3), " ", json_encode($o->arr), "\n";
// undefined variables become null
swap($u1, $u2);
var_dump($u1, $u2);
bump($undef);
var_dump($undef);
// defaults, and a value returned through the reference
$n = 1;
echo bump($n), bump($n, 5), " ", $n, "\n";
// typed by-reference parameters: admitted as is, and coerced (the glue)
$i = 21;
echo typed($i), " ", $i, "\n";
$f = "4";
echo typed($f, "s"), " ", var_export($f, true), "\n";
try {
    $bad = "x";
    typed($bad);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// by-value parameters beside by-reference ones
$x = 1;
$arr = [7];
mixed_args(3, $x, 4);
mixed_args($arr[0], $arr[0], 1);
echo $x, " ", json_encode($arr), "\n";
// wrong argument counts
try {
    swap($x);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$z = 0;
swap($x, $z, $extra);
echo $x, $z, "\n";
// traces through the fast path
$t = 1;
echo trace($t), "\n", $t, "\n";
// exceptions thrown in callees: the reference was written before the throw
$s = "unset";
try {
    thrower($s, "boom");
} catch (RuntimeException $e) {
    echo $e->getMessage(), " line ", $e->getLine(), " ", $s, "\n";
    echo $e->getTraceAsString(), "\n";
}
// recursion through a by-reference parameter
$acc = "";
echo deep($acc, 5), " ", $acc, "\n";
// a closure and a method with by-reference parameters
$inc = function (&$v) { $v++; };
$q = [1];
$inc($q[0]);
$inc($q[0]);
echo $q[0], "\n";
class M { function twice(&$v) { $v *= 2; } static function neg(&$v) { $v = -$v; } }
$m = new M;
$w = 3;
$m->twice($w);
M::neg($w);
echo $w, "\n";
// call_user_func_array with references in the array
$p1 = 1; $p2 = 2;
call_user_func_array('swap', [&$p1, &$p2]);
echo $p1, $p2, "\n";
--EXPECTF--
5,4,3,2,1
[2,"shared"] [2,"shared"]
array(2) {
  ["x"]=>
  NULL
  ["y"]=>
  array(1) {
    ["z"]=>
    NULL
  }
}
5 1
5 10
3 [1,2,3]
NULL
NULL
int(1)
27 7
d42 42
s8 8
TypeError: typed(): Argument #1 ($i) must be of type int, string given, called in %s on line 53
7 [8]
ArgumentCountError: Too few arguments to function swap(), 1 passed in %s on line 65 and exactly 2 expected

Warning: Undefined variable $extra in %s on line 70
07
#0 %s(74): trace(2)
#0 %s(74): trace(2)
#1 {main}
2
boom line 8 set before
#0 %s(78): thrower('set before', 'boom')
#1 {main}
54321 54321
3
-6
21
