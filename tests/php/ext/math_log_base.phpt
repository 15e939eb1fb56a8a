--TEST--
log() with a base: exact results for bases 2 and 10, NAN for base 1, PHP's ValueError at or below 0
--FILE--
<?php
foreach ([[8, 2], [1000, 10], [0.001, 10], [5, 1], [8, 0.5], [1e300, 10], [7, 3], [2, 2.0000001]] as [$x, $b]) var_dump(log($x, $b));
foreach ([0, -4] as $b) { try { log(36, $b); } catch (ValueError $e) { echo $e->getMessage(), "\n"; } }
var_dump(log(0), log(-1), log(M_E));
--EXPECT--
float(3)
float(3)
float(-3)
float(NAN)
float(-3)
float(300)
float(1.7712437491614221)
float(0.999999927865255)
log(): Argument #2 ($base) must be greater than 0
log(): Argument #2 ($base) must be greater than 0
float(-INF)
float(NAN)
float(1)
