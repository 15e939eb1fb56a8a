--TEST--
generators: yield from takes arrays and Traversables only: a plain object or a scalar is an Error at the yield from
--FILE--
<?php
class Plain { public $a = 1; public $b = 2; }
function from($x) { echo "before\n"; $r = yield from $x; echo "after\n"; return $r; }
foreach ([new Plain, new stdClass, 42, "str", null] as $x) {
    try {
        foreach (from($x) as $k => $v) echo "$k => $v\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
foreach (from(new ArrayObject([5, 6])) as $k => $v) echo "$k => $v\n";
--EXPECT--
before
Error: Can use "yield from" only with arrays and Traversables
before
Error: Can use "yield from" only with arrays and Traversables
before
Error: Can use "yield from" only with arrays and Traversables
before
Error: Can use "yield from" only with arrays and Traversables
before
Error: Can use "yield from" only with arrays and Traversables
before
0 => 5
1 => 6
after
