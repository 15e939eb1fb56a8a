--TEST--
conv: == across type pairs under PHP 8's string-number comparison
--FILE--
<?php
$vals = [null, true, false, 0, 1, -1, 0.0, 1.5, "", "0", "1", "a", "1a", " 1", "1 ", "1.0", "abc", [], [0], "null", INF, NAN];
function label($v) { return var_export($v, true); }
$pairs = [
    [0, "a"], ["1", "01"], ["10", "1e1"], [100, "1e2"], [0, ""], [null, 0], [null, false],
    [null, []], ["abc", 0], ["1", " 1"], ["1", "1 "], [1, " 1"], [1, "1 "], [1, "1a"],
    ["0", false], ["", null], ["0.0", false], [[], false], [[0], true], ["null", null],
    [1.5, "1.5"], [INF, "INF"], [NAN, NAN], ["abc", "ABC"], [-0.0, 0], ["1e3", "1000"],
    [true, "a"], [false, "0"], [0, "0x0"], [" ", 0], ["00", "0"], [PHP_INT_MAX, PHP_INT_MAX + 0.0],
];
foreach ($pairs as [$a, $b]) {
    printf("%s == %s: %s, ===: %s, !=: %s\n", label($a), label($b),
        var_export($a == $b, true), var_export($a === $b, true), var_export($a != $b, true));
}
$n = 0;
foreach ($vals as $a) foreach ($vals as $b) if ($a == $b) $n++;
echo "total loose-equal pairs: $n\n";
--EXPECT--
0 == 'a': false, ===: false, !=: true
'1' == '01': true, ===: false, !=: false
'10' == '1e1': true, ===: false, !=: false
100 == '1e2': true, ===: false, !=: false
0 == '': false, ===: false, !=: true
NULL == 0: true, ===: false, !=: false
NULL == false: true, ===: false, !=: false
NULL == array (
): true, ===: false, !=: false
'abc' == 0: false, ===: false, !=: true
'1' == ' 1': true, ===: false, !=: false
'1' == '1 ': true, ===: false, !=: false
1 == ' 1': true, ===: false, !=: false
1 == '1 ': true, ===: false, !=: false
1 == '1a': false, ===: false, !=: true
'0' == false: true, ===: false, !=: false
'' == NULL: true, ===: false, !=: false
'0.0' == false: false, ===: false, !=: true
array (
) == false: true, ===: false, !=: false
array (
  0 => 0,
) == true: true, ===: false, !=: false
'null' == NULL: false, ===: false, !=: true
1.5 == '1.5': true, ===: false, !=: false
INF == 'INF': true, ===: false, !=: false
NAN == NAN: false, ===: false, !=: true
'abc' == 'ABC': false, ===: false, !=: true
-0.0 == 0: true, ===: false, !=: false
'1e3' == '1000': true, ===: false, !=: false
true == 'a': true, ===: false, !=: false
false == '0': true, ===: false, !=: false
0 == '0x0': false, ===: false, !=: true
' ' == 0: false, ===: false, !=: true
'00' == '0': true, ===: false, !=: false
9223372036854775807 == 9.223372036854776E+18: true, ===: false, !=: false
total loose-equal pairs: 95
