--TEST--
err: "A non-numeric value" and "A well formed" style warnings from arithmetic on leading-numeric strings
--FILE--
<?php
var_dump("5 apples" + 5);
var_dump("5.5xyz" * 2);
var_dump(10 - "3e2abc");
var_dump("abc" . 1 + 0 === 0 ? 1 : 0);
try { var_dump("abc" * 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(+"12 ");
var_dump(-"  7");
$x = "3 dogs";
$x += 1;
var_dump($x);
$y = "4cats";
$y++;
var_dump($y);
var_dump("10" % "3abc");
var_dump(1 + "1 ");
var_dump("0x10" + 0, "010" + 0, "1e3" + 0);
--EXPECTF--

Warning: A non-numeric value encountered in %s on line 2
int(10)

Warning: A non-numeric value encountered in %s on line 3
float(11)

Warning: A non-numeric value encountered in %s on line 4
float(-290)
int(0)
Unsupported operand types: string * int
int(12)
int(-7)

Warning: A non-numeric value encountered in %s on line 10
int(4)
string(5) "4catt"

Warning: A non-numeric value encountered in %s on line 15
int(1)
int(2)

Warning: A non-numeric value encountered in %s on line 17
int(0)
int(10)
float(1000)
