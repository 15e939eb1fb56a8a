--TEST--
conv: <=> on ints, floats, strings, numeric strings, arrays and mixed types
--FILE--
<?php
$cases = [
    [1, 2], [2, 1], [1, 1], [1.5, 1.5], [1, 1.5],
    ["a", "b"], ["b", "a"], ["abc", "abd"], ["a", "aa"], ["10", "9"], ["10", "9a"], ["1e1", "10"],
    [" 10", "9"], ["abc", 0], [0, "abc"], [null, false], [null, "a"], [true, false], [true, 5],
    [[1, 2], [1, 3]], [[1, 2, 3], [1, 2]], [[1, 2], [1, 2]], [['a' => 1], ['b' => 1]],
    [['a' => 1, 'b' => 2], ['b' => 2, 'a' => 1]], [[], null], [[1], 1], ["", null], [INF, PHP_INT_MAX],
    [NAN, 0], [0, NAN], [-0.0, 0.0],
];
foreach ($cases as $i => [$a, $b]) {
    echo $i, ": ", $a <=> $b, " ", var_export($a < $b, true), " ", var_export($a > $b, true), "\n";
}
var_dump("Z" < "a", "10" < "9", "10" < "9z", 10 < "9z");
--EXPECT--
0: -1 true false
1: 1 false true
2: 0 false false
3: 0 false false
4: -1 true false
5: -1 true false
6: 1 false true
7: -1 true false
8: -1 true false
9: 1 false true
10: -1 true false
11: 0 false false
12: 1 false true
13: 1 false true
14: -1 true false
15: 0 false false
16: -1 true false
17: 1 false true
18: 0 false false
19: -1 true false
20: 1 false true
21: 0 false false
22: 1 false false
23: 0 false false
24: 0 false false
25: 1 false true
26: 0 false false
27: 1 false true
28: 1 false false
29: 1 false false
30: 0 false false
bool(true)
bool(false)
bool(true)
bool(true)
