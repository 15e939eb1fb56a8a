--TEST--
fn: named arguments, skipping defaults, errors: unknown parameter, overwrite, positional after named
--FILE--
<?php
function f($a, $b = 'b', $c = 'c') { return "$a-$b-$c"; }
echo f(1, c: 'C'), "\n";
echo f(c: 3, a: 1), "\n";
echo f(b: 2, a: 1), "\n";
echo str_pad(string: 'x', length: 5, pad_type: STR_PAD_LEFT, pad_string: '.'), "\n";
echo json_encode(array_fill(start_index: 2, count: 2, value: 'v')), "\n";
try { f(1, d: 4); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { f(1, a: 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { strlen(strin: 'x'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function v(...$rest) { return json_encode($rest); }
echo v(1, 2, x: 3, y: 4), "\n";
class C { public function __construct(public int $x = 0, public int $y = 0) {} }
$c = new C(y: 5);
echo $c->x, $c->y, "\n";
$fn = fn($p, $q = 'q') => "$p$q";
echo $fn(q: 'Q', p: 'P'), "\n";
--EXPECT--
1-b-C
1-b-3
1-2-c
....x
{"2":"v","3":"v"}
Error: Unknown named parameter $d
Error: Named parameter $a overwrites previous argument
Unknown named parameter $strin
{"0":1,"1":2,"x":3,"y":4}
05
PQ
