--TEST--
lex: operators without spaces, ++/-- adjacency, ?-> and ??=, <=>, **=, the spaceship in sorts, backtick-free
--FILE--
<?php
$a=1;$b=2;
echo $a+$b,$a-$b,$a*$b,$a/$b,$a%$b,$a**$b,"\n";
echo $a+++$b, " ", $a, "\n";
echo $a---$b, " ", $a, "\n";
echo - -$a, + +$a, -+$a, "\n";
echo !!$a, !$b ? 'f' : 't', "\n";
$x = null;
$x ??= 'set';
$y = 2; $y **= 3; $y <<= 1; $y >>= 2; $y |= 1; $y &= 7; $y ^= 2;
echo $x, $y, "\n";
echo 5<=>3, 3<=>5, "\n";
echo 1<2?'lt':'ge', "\n";
echo "a"."b".'c', 1 . 2, "\n";
echo 2**-1, " ", -2**2, " ", (-2)**2, "\n";
echo 7<<2, 7>>1, ~7, 6&3, 6|3, 6^3, "\n";
$arr=[1,2,3];echo$arr[1],"\n";
echo PHP_VERSION_ID >= 80200 ? "8.2+" : "old", "\n";
--EXPECT--
3-120.511
3 2
0 1
11-1
1t
set7
1-1
lt
abc12
0.5 -4 4
283-8275
2
8.2+
