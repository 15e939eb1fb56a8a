--TEST--
the % operator in every operand form (variables, literals, stack values): signs, zero divisors, floats and numeric strings truncated to int, big ints, in a loop hot enough for the JIT
--FILE--
<?php
function mods($a, $b) {
    try {
        return var_export($a % $b, true);
    } catch (DivisionByZeroError $e) {
        return get_class($e) . ": " . $e->getMessage();
    } catch (TypeError $e) {
        return get_class($e) . ": " . $e->getMessage();
    }
}
foreach ([[7, 3], [-7, 3], [7, -3], [-7, -3], [0, 5], [5, 0], [7.9, 2], [-7.9, 2.5], ["17", "5"],
          [PHP_INT_MAX, 7], [PHP_INT_MIN, -1], [PHP_INT_MIN, 7], [1 << 40, 1000000007], [true, 2],
          [null, 3], ["12abc", 5], [[], 2]] as [$a, $b]) {
    echo var_export($a, true), " % ", var_export($b, true), " = ", mods($a, $b), "\n";
}
$seed = 12345;
$total = 0;
for ($i = 0; $i < 3000; $i++) {
    $seed = ($seed * 1103515245 + 12345) % 2147483648;
    $total = ($total * 31 + $seed % 1000) % 1000000007;
    $k = $i % 7;
    $total += (-$i) % 5 + $k;
}
echo $seed, " ", $total, "\n";
$x = 10;
try { $x % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
$z = 0;
try { echo 10 % $z; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
7 % 3 = 1
-7 % 3 = -1
7 % -3 = 1
-7 % -3 = -1
0 % 5 = 0
5 % 0 = DivisionByZeroError: Modulo by zero
7.9 % 2 = 
Deprecated: Implicit conversion from float 7.9 to int loses precision in %s on line 4
1
-7.9 % 2.5 = 
Deprecated: Implicit conversion from float -7.9 to int loses precision in %s on line 4

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 4
-1
'17' % '5' = 2
9223372036854775807 % 7 = 0
-9223372036854775807-1 % -1 = 0
-9223372036854775807-1 % 7 = -1
1099511627776 % 1000000007 = 511620083
true % 2 = 1
NULL % 3 = 0
'12abc' % 5 = 
Warning: A non-numeric value encountered in %s on line 4
2
array (
) % 2 = TypeError: Unsupported operand types: array % int
1186463809 901343750
Modulo by zero
Modulo by zero
