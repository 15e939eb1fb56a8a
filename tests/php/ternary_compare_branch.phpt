--TEST--
A ternary whose condition is a comparison, && || ! or a literal branches on it directly (fused compare-and-branch): every kind of operand (NAN against a string and an object against an array included)
--FILE--
<?php
const FORWARD = 1;
class P { public $d = 1; public $a = "a"; public $b = "b";
    function pick() { return $this->d == FORWARD ? $this->a : $this->b; } }
$p = new P; echo $p->pick(); $p->d = 2; echo $p->pick(); $p->d = 1.0; echo $p->pick(); $p->d = "1"; echo $p->pick(), "\n";
$vals = [0, 1, -1, 1.5, NAN, INF, "1", "abc", "", null, true, false, [], [1], new stdClass, "1e0", " 1"];
foreach ($vals as $x) {
    foreach ($vals as $y) {
        echo $x == $y ? "E" : "e", $x != $y ? "N" : "n", $x < $y ? "L" : "l", $x <= $y ? "M" : "m",
             $x > $y ? "G" : "g", $x >= $y ? "H" : "h", $x === $y ? "I" : "i", $x !== $y ? "J" : "j";
    }
    echo "\n";
}
function f($a, $b) { return ($a < $b && $b < 10) ? "in" : (!($a == $b) ? "ne" : "eq"); }
echo f(1, 2), f(1, 20), f(3, 3), f(4, 3), "\n";
echo (true ? "t" : "f"), (false ? "t" : "f"), (0 ? "t" : "f"), (1.5 ? "t" : "f"), (null ?: "n"), "\n";
$i = 0; echo (++$i > 0 || $i++ > 5) ? "x$i" : "y$i", "\n";
try { $u = $undef < 1 ? "lt" : "ge"; echo $u, "\n"; } catch (Error $e) { echo get_class($e), "\n"; }
try { echo (new stdClass) < 1 ? "lt" : "ge", "\n"; } catch (Error $e) { echo get_class($e), "\n"; }
$o1 = new stdClass; $o1->v = 1; $o2 = new stdClass; $o2->v = 2;
echo $o1 < $o2 ? "olt" : "oge", $o1 == $o2 ? "oeq" : "one", "\n";
--EXPECTF--
abaa
EnlMgHIjeNLMghiJeNlmGHiJeNLMghiJeNlmghiJeNLMghiJeNLMghiJeNLMghiJeNlmGHiJEnlMgHiJeNLMghiJEnlMgHiJeNLMghiJeNLMghiJ
Notice: Object of class stdClass could not be converted to int in %s on line 9
e
Notice: Object of class stdClass could not be converted to int in %s on line 9
N
Notice: Object of class stdClass could not be converted to int in %s on line 9
L
Notice: Object of class stdClass could not be converted to int in %s on line 9
M
Notice: Object of class stdClass could not be converted to int in %s on line 10
g
Notice: Object of class stdClass could not be converted to int in %s on line 10
hiJeNLMghiJeNLMghiJ
eNlmGHiJEnlMgHIjeNlmGHiJeNLMghiJeNlmghiJeNLMghiJEnlMgHiJeNLMghiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJ
Notice: Object of class stdClass could not be converted to int in %s on line 9
E
Notice: Object of class stdClass could not be converted to int in %s on line 9
n
Notice: Object of class stdClass could not be converted to int in %s on line 9
l
Notice: Object of class stdClass could not be converted to int in %s on line 9
M
Notice: Object of class stdClass could not be converted to int in %s on line 10
g
Notice: Object of class stdClass could not be converted to int in %s on line 10
HiJEnlMgHiJEnlMgHiJ
eNLMghiJeNLMghiJEnlMgHIjeNLMghiJeNlmghiJeNLMghiJeNLMghiJeNLMghiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJ
Notice: Object of class stdClass could not be converted to int in %s on line 9
e
Notice: Object of class stdClass could not be converted to int in %s on line 9
N
Notice: Object of class stdClass could not be converted to int in %s on line 9
L
Notice: Object of class stdClass could not be converted to int in %s on line 9
M
Notice: Object of class stdClass could not be converted to int in %s on line 10
g
Notice: Object of class stdClass could not be converted to int in %s on line 10
hiJeNLMghiJeNLMghiJ
eNlmGHiJeNlmGHiJeNlmGHiJEnlMgHIjeNlmghiJeNLMghiJeNlmGHiJeNLMghiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJ
Notice: Object of class stdClass could not be converted to float in %s on line 9
e
Notice: Object of class stdClass could not be converted to float in %s on line 9
N
Notice: Object of class stdClass could not be converted to float in %s on line 9
l
Notice: Object of class stdClass could not be converted to float in %s on line 9
m
Notice: Object of class stdClass could not be converted to float in %s on line 10
G
Notice: Object of class stdClass could not be converted to float in %s on line 10
HiJeNlmGHiJeNlmGHiJ
eNlmghiJeNlmghiJeNlmghiJeNlmghiJeNlmghiJeNlmghiJeNlmghiJeNlmghiJeNlmghiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJ
Notice: Object of class stdClass could not be converted to float in %s on line 9
e
Notice: Object of class stdClass could not be converted to float in %s on line 9
N
Notice: Object of class stdClass could not be converted to float in %s on line 9
l
Notice: Object of class stdClass could not be converted to float in %s on line 9
m
Notice: Object of class stdClass could not be converted to float in %s on line 10
g
Notice: Object of class stdClass could not be converted to float in %s on line 10
hiJeNlmghiJeNlmghiJ
eNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmghiJEnlMgHIjeNlmGHiJeNLMghiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJ
Notice: Object of class stdClass could not be converted to float in %s on line 9
e
Notice: Object of class stdClass could not be converted to float in %s on line 9
N
Notice: Object of class stdClass could not be converted to float in %s on line 9
l
Notice: Object of class stdClass could not be converted to float in %s on line 9
m
Notice: Object of class stdClass could not be converted to float in %s on line 10
G
Notice: Object of class stdClass could not be converted to float in %s on line 10
HiJeNlmGHiJeNlmGHiJ
eNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNlmghiJeNLMghiJEnlMgHIjeNLMghiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJeNLMghiJEnlMgHiJEnlMgHiJ
eNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmghiJeNlmGHiJeNlmGHiJEnlMgHIjeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJeNLMghiJeNlmGHiJeNlmGHiJ
eNLMghiJeNLMghiJeNLMghiJeNLMghiJeNlmghiJeNLMghiJeNLMghiJeNLMghiJEnlMgHIjEnlMgHiJeNLMghiJEnlMgHiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJ
EnlMgHiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJEnlMgHiJEnlMgHIjeNLMghiJEnlMgHiJEnlMgHiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJ
eNlmGHiJEnlMgHiJEnlMgHiJEnlMgHiJEnlMgHiJEnlMgHiJEnlMgHiJEnlMgHiJeNlmGHiJeNlmGHiJEnlMgHIjeNlmGHiJeNlmGHiJEnlMgHiJEnlMgHiJEnlMgHiJEnlMgHiJ
EnlMgHiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJEnlMgHiJEnlMgHiJeNLMghiJEnlMgHIjEnlMgHiJeNLMghiJeNLMghiJeNLMghiJeNLMghiJ
eNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJEnlMgHiJeNLMghiJEnlMgHiJEnlMgHIjeNLMghiJeNLMghiJeNlmGHiJeNlmGHiJ
eNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNlmGHiJEnlMgHIjeNLMghiJeNlmGHiJeNlmGHiJ

Notice: Object of class stdClass could not be converted to int in %s on line 9
e
Notice: Object of class stdClass could not be converted to int in %s on line 9
N
Notice: Object of class stdClass could not be converted to int in %s on line 9
l
Notice: Object of class stdClass could not be converted to int in %s on line 9
m
Notice: Object of class stdClass could not be converted to int in %s on line 10
G
Notice: Object of class stdClass could not be converted to int in %s on line 10
HiJ
Notice: Object of class stdClass could not be converted to int in %s on line 9
E
Notice: Object of class stdClass could not be converted to int in %s on line 9
n
Notice: Object of class stdClass could not be converted to int in %s on line 9
l
Notice: Object of class stdClass could not be converted to int in %s on line 9
M
Notice: Object of class stdClass could not be converted to int in %s on line 10
g
Notice: Object of class stdClass could not be converted to int in %s on line 10
HiJ
Notice: Object of class stdClass could not be converted to int in %s on line 9
e
Notice: Object of class stdClass could not be converted to int in %s on line 9
N
Notice: Object of class stdClass could not be converted to int in %s on line 9
l
Notice: Object of class stdClass could not be converted to int in %s on line 9
m
Notice: Object of class stdClass could not be converted to int in %s on line 10
G
Notice: Object of class stdClass could not be converted to int in %s on line 10
HiJ
Notice: Object of class stdClass could not be converted to float in %s on line 9
e
Notice: Object of class stdClass could not be converted to float in %s on line 9
N
Notice: Object of class stdClass could not be converted to float in %s on line 9
L
Notice: Object of class stdClass could not be converted to float in %s on line 9
M
Notice: Object of class stdClass could not be converted to float in %s on line 10
g
Notice: Object of class stdClass could not be converted to float in %s on line 10
hiJ
Notice: Object of class stdClass could not be converted to float in %s on line 9
e
Notice: Object of class stdClass could not be converted to float in %s on line 9
N
Notice: Object of class stdClass could not be converted to float in %s on line 9
l
Notice: Object of class stdClass could not be converted to float in %s on line 9
m
Notice: Object of class stdClass could not be converted to float in %s on line 10
g
Notice: Object of class stdClass could not be converted to float in %s on line 10
hiJ
Notice: Object of class stdClass could not be converted to float in %s on line 9
e
Notice: Object of class stdClass could not be converted to float in %s on line 9
N
Notice: Object of class stdClass could not be converted to float in %s on line 9
L
Notice: Object of class stdClass could not be converted to float in %s on line 9
M
Notice: Object of class stdClass could not be converted to float in %s on line 10
g
Notice: Object of class stdClass could not be converted to float in %s on line 10
hiJeNlmGHiJeNlmGHiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNlmGHiJeNlmGHiJEnlMgHIjeNlmGHiJeNlmGHiJ
eNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNlmghiJeNLMghiJEnlMgHiJeNLMghiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJeNLMghiJEnlMgHIjEnlMgHiJ
eNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNlmghiJeNLMghiJEnlMgHiJeNLMghiJeNlmGHiJeNlmGHiJEnlMgHiJeNlmGHiJeNLMghiJeNLMghiJeNLMghiJEnlMgHiJEnlMgHIj
inneeqne
tfftn
x1

Warning: Undefined variable $undef in %s on line 18
lt

Notice: Object of class stdClass could not be converted to int in %s on line 19
ge
oltone
