--TEST--
fn: default parameters with constant expressions, class constants, new in initializers, null defaults
--FILE--
<?php
const BASE = 10;
class K { const FACTOR = 3; }
function f($a, $b = BASE * 2, $c = K::FACTOR . 'x', $d = [1, BASE], $e = null, $f = PHP_INT_SIZE > 4 ? 'big' : 'small') {
    return json_encode(func_get_args()) . " " . json_encode([$a, $b, $c, $d, $e, $f]);
}
echo f(1), "\n";
echo f(1, 2, 3), "\n";
function g(?int $x = null, int|string $y = 'y') { return var_export($x, true) . " $y"; }
echo g(), " / ", g(5, 7), "\n";
function withObj(stdClass $o = new stdClass) { $o->n = ($o->n ?? 0) + 1; return $o->n; }
echo withObj(), withObj(), "\n";
try { echo f(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
function strlenDefault($s = __FUNCTION__, $l = __LINE__) { return "$s:$l"; }
echo strlenDefault(), "\n";
--EXPECTF--
[1] [1,20,"3x",[1,10],null,"big"]
[1,2,3] [1,2,3,[1,10],null,"big"]
NULL y / 5 7
11
Too few arguments to function f(), 0 passed in %s on line 13 and at least 1 expected
strlenDefault:14
