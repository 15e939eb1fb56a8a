--TEST--
calls: frames of plain calls reuse stack memory: locals start unset, temporaries of try/finally, return points inside expressions, exceptions and traces through nested calls, deep recursion
--FILE--
<?php
function fill($a, $b) { $x = [$a, $b]; $y = "$a$b"; $z = $a * 2; return $z; }
function fresh($a) {
    $r = [isset($x), isset($y), isset($z), $a];
    $z ??= 'unset before';
    return json_encode($r) . " " . $z;
}
function vars($p, $q = 'dq') { $late = 1; return array_keys(get_defined_vars()); }
function fin($n) {
    try {
        if ($n > 1) return "try$n";
        throw new RuntimeException("e$n");
    } catch (RuntimeException $e) {
        return "caught " . $e->getMessage();
    } finally {
        echo "[finally $n]";
    }
}
function sq($x) { return $x * $x; }
function add3($a, $b, $c) { return $a + $b + $c; }
function thrower($n) { if ($n === 3) throw new LogicException("at $n"); return $n; }
function chain($n) { return thrower($n) + 10; }
function where() { return implode(",", array_map(fn($f) => $f['function'] . '@' . ($f['line'] ?? '-'), debug_backtrace())); }
function w1() { return where(); }
function w2() {
    return w1()
        . "|" . where();
}
class K {
    public $v = 1;
    function get($d = 0) { return $this->v + $d; }
    static function make($v) { $k = new static; $k->v = $v; return $k; }
    function twice() { return $this->get() + $this->get(1); }
}
class K2 extends K { function get($d = 0) { return parent::get($d) * 10; } }
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function depth($n) { return $n === 0 ? 0 : 1 + depth($n - 1); }

for ($i = 0; $i < 3; $i++) {
    echo fill($i, 7), " ", fresh($i), "\n";
    echo implode(",", vars($i)), " ", implode(",", vars($i, 1)), "\n";
    echo fin($i), "\n";
    echo sq(2) + sq($i) * add3(sq(1), $i, sq(sq(2))), " ", json_encode([sq($i), add3(1, 2, sq($i)), sq(3)]), "\n";
    echo add3(1, 2, 3, 4), " ", K::make($i)->twice(), " ", K2::make($i)->twice(), "\n";
}
for ($i = 0; $i < 5; $i++) {
    try {
        echo chain($i), " ";
    } catch (LogicException $e) {
        echo "\n", $e->getMessage(), " ", $e->getLine(), " ";
        foreach ($e->getTrace() as $t) echo $t['function'], ":", $t['line'], " ";
        echo "\n";
    }
}
echo "\n", w2(), "\n";
echo fib(15), " ", depth(20000), "\n";
try { add3(1, 2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { K::make(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { (new K)->get(1, 2, 3) . add3(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
0 [false,false,false,0] unset before
p,q,late p,q,late
[finally 0]caught e0
4 [0,3,9]
6 1 10
2 [false,false,false,1] unset before
p,q,late p,q,late
[finally 1]caught e1
22 [1,4,9]
6 3 30
4 [false,false,false,2] unset before
p,q,late p,q,late
[finally 2]try2
80 [4,7,9]
6 5 50
10 11 12 
at 3 21 thrower:22 chain:48 
14 
where@24,w1@26,w2@55|where@27,w2@55
610 20000
Too few arguments to function add3(), 2 passed in %s on line 57 and exactly 3 expected
Too few arguments to function K::make(), 0 passed in %s on line 58 and exactly 1 expected
Too few arguments to function add3(), 0 passed in %s on line 59 and exactly 3 expected
