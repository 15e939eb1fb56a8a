<?php
function f($x) { if ($x < 300) return $x * 3 + 1; return $x / 2.0; }
$s = 0;
for ($i = 0; $i < 600; $i++) {
    $s += f($i);
}
var_dump($s);
function g($x) { if ($x == 500) throw new Exception("ValueError: five hundred"); return $x; }
$t = 0;
try {
    for ($i = 0; $i < 1000; $i++) {
        $t += g($i);
    }
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
var_dump($t, $i);
