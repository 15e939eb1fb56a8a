--TEST--
A by-reference function returning a value that is no variable draws PHP's notice
--FILE--
<?php
function &lit() { return 5; }
function &sum($a) { return $a + 1; }
function &var_() { static $v = 7; return $v; }
$x = &lit();
var_dump($x, sum(1));
$y = &var_();
$y++;
var_dump(var_());
--EXPECTF--

Notice: Only variable references should be returned by reference in %s on line 2

Notice: Only variable references should be returned by reference in %s on line 3
int(5)
int(2)
int(8)
