--TEST--
Fiber::suspend below C frames: array_map, usort, array_reduce, array_filter, preg_replace_callback, __toString, __get, __set, __call, __isset, call_user_func; resume from a builtin's callback
--FILE--
<?php
// Fiber::suspend from below C frames: callbacks of builtins and magic methods
function deep($n) { if ($n == 0) return Fiber::suspend("deep"); return deep($n - 1) + 1; }
class Magic {
    function __toString(): string { return "str:" . Fiber::suspend("tostring"); }
    function __get($n) { return "get:" . Fiber::suspend("get $n"); }
    function __set($n, $v) { echo "set $n=", Fiber::suspend("set $n"), "\n"; }
    function __call($n, $a) { return "call $n:" . Fiber::suspend("call $n"); }
    function __isset($n) { return (bool)Fiber::suspend("isset $n"); }
}
$f = new Fiber(function () {
    $r = array_map(function ($x) { return Fiber::suspend($x) * 10; }, [1, 2, 3]);
    echo json_encode($r), "\n";
    $a = [5, 3, 9, 1];
    usort($a, function ($x, $y) { Fiber::suspend("cmp"); return $x <=> $y; });
    echo implode(",", $a), "\n";
    $sum = array_reduce([1, 2, 3], fn($c, $x) => $c + Fiber::suspend("reduce $x"), 0);
    echo "sum $sum\n";
    $filtered = array_filter([1, 2, 3, 4], fn($x) => Fiber::suspend("filter $x") % 2 == 0);
    echo json_encode($filtered), "\n";
    echo preg_replace_callback('/\d/', fn($m) => "<" . Fiber::suspend("re $m[0]") . ">", "a1b2"), "\n";
    $o = new Magic;
    echo "$o\n";
    echo $o->foo, "\n";
    $o->bar = 5;
    echo $o->baz(1), "\n";
    var_dump(isset($o->q));
    echo call_user_func('deep', 30), "\n";
    echo call_user_func_array(fn(...$xs) => array_sum($xs) + Fiber::suspend("cufa"), [1, 2]), "\n";
    return "end";
});
$v = $f->start();
$i = 0;
while (!$f->isTerminated()) {
    if ($v === "cmp") {
        $v = $f->resume();
        continue;
    }
    echo "suspended with: ", json_encode($v), "\n";
    $v = $f->resume(++$i);
}
echo $f->getReturn(), "\n";
// the same fiber resumed from inside a callback of a builtin of the main code
$g = new Fiber(function () { for ($i = 0; $i < 3; $i++) echo "g got ", Fiber::suspend($i), "\n"; });
$g->start();
$x = ['a', 'b', 'c'];
array_walk($x, function ($v) use ($g) { if (!$g->isTerminated()) $g->resume($v); });
--EXPECT--
suspended with: 1
suspended with: 2
suspended with: 3
[10,20,30]
1,3,5,9
suspended with: "reduce 1"
suspended with: "reduce 2"
suspended with: "reduce 3"
sum 15
suspended with: "filter 1"
suspended with: "filter 2"
suspended with: "filter 3"
suspended with: "filter 4"
{"1":2,"3":4}
suspended with: "re 1"
suspended with: "re 2"
a<11>b<12>
suspended with: "tostring"
str:13
suspended with: "get foo"
get:14
set bar=suspended with: "set bar"
15
suspended with: "call baz"
call baz:16
suspended with: "isset q"
bool(true)
suspended with: "deep"
48
suspended with: "cufa"
22
end
g got a
g got b
g got c
