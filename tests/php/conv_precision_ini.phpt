--TEST--
conv: precision and serialize_precision ini settings change float output
--INI--
precision=5
serialize_precision=7
--FILE--
<?php
$x = 1/3;
echo $x, "\n";
var_dump($x);
var_export($x); echo "\n";
echo json_encode($x), "\n";
echo 123456.789, "\n";
ini_set('precision', '17');
echo 0.1, "\n";
ini_set('precision', '-1');
echo 0.1, "\n";
ini_set('serialize_precision', '-1');
var_dump(0.1);
ini_set('serialize_precision', '3');
var_dump(M_PI);
echo ini_get('precision'), " ", ini_get('serialize_precision'), "\n";
--EXPECT--
0.33333
float(0.3333333)
0.3333333
0.3333333
1.2346E+5
0.10000000000000001
0.1
float(0.1)
float(3.14)
-1 3
