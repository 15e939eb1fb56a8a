--TEST--
array_large_store_writes: values written into old large arrays (their stores are large objects,
re-traced by card on minor collections) stay alive through the garbage allocated afterwards
--FILE--
<?php
$big = range(0, 3999);
$map = [];
for ($i = 0; $i < 2000; $i++)
    $map["k$i"] = $i;
$junk = []; // 5 MB: a minor collection makes $big and $map old
for ($j = 0; $j < 2500; $j++)
    $junk[] = str_repeat(chr(65 + $j % 26), 2000);
$spots = [0, 1, 31, 32, 33, 1000, 2047, 2048, 3999];
foreach ($spots as $s) {
    $big[$s] = "v" . str_repeat((string)$s, 3);
    $map["k$s"] = ["w", $s];
}
for ($k = 0; $k < 50; $k++) {
    $big[] = $k . "tail";
    $map["n$k"] = str_repeat("x", $k % 5) . $k;
}
for ($r = 0; $r < 3; $r++) { // small garbage (minor collections) that fills dead objects' holes
    $junk = [];
    for ($j = 0; $j < 40000; $j++)
        $junk[] = $j . "y";
}
foreach ($spots as $s)
    echo $big[$s], " ", implode(",", $map["k$s"]), "\n";
echo implode(" ", array_slice($big, -3)), " ", count($big), " ", $map["n49"], " ", count($map), "\n";
--EXPECT--
v000 w,0
v111 w,1
v313131 w,31
v323232 w,32
v333333 w,33
v100010001000 w,1000
v204720472047 w,2047
v204820482048 w,2048
v399939993999 w,3999
47tail 48tail 49tail 4050 xxxx49 2053
