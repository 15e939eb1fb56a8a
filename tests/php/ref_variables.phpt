--TEST--
ref: references between variables, unset breaks only one name, reassigning a reference
--FILE--
<?php
$a = 1;
$b = &$a;
$b = 2;
echo "$a $b\n";
unset($b);
$b = 3;
echo "$a $b\n";
$c = &$a;
$d = 10;
$c = &$d;          // rebinds $c, $a untouched
$c = 11;
echo "$a $c $d\n";
$x = null;
$y = &$x;
$y = [1];
$x[] = 2;
echo json_encode($y), "\n";
$u = &$undefinedBefore;
var_dump($undefinedBefore);
$s = 'str';
$t = &$s;
$t .= 'ing';
echo $s, "\n";
$i = 5;
$j = &$i;
$j++;
$i *= 2;
echo "$i $j\n";
--EXPECT--
2 2
2 3
2 11 11
[1,2]
NULL
string
12 12
