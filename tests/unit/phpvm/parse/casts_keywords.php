<?php
$a = (int)$x + ( integer )$x + (bool) $x + (boolean)$x + (float)$x + (double)$x + (string)$x
    + (binary)$x + (array)$x + (object)$x;
IF ($x) ECHO 1; ELSEIF ($y) ECHO 2; ELSE ECHO 3;
Foreach ($a AS $k => $v) {}
$r = __LINE__ . __FILE__ . __DIR__ . __FUNCTION__ . __CLASS__ . __METHOD__ . __NAMESPACE__ . __TRAIT__;
