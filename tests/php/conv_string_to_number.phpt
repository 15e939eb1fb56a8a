--TEST--
conv: arithmetic on strings: numeric, leading-numeric (warning), non-numeric (TypeError for arrays only)
--FILE--
<?php
var_dump("10" + 5);
var_dump("1.5" + 1);
var_dump("1e2" + 0);
var_dump(" 12" + 1);
var_dump("12 " + 1);
var_dump("12abc" + 1);
var_dump("abc" + 1);
var_dump("" + 1);
var_dump("0x1A" + 0);
var_dump("  1.5e1xyz" * 2);
var_dump(-"5");
var_dump(+"-3.0");
var_dump("9223372036854775807" + 1);
var_dump("5" . 5 + 1);
try { var_dump([] + 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(1 - []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(new stdClass * 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump("abc" % 3); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(null + 1, true + true, false - 1);
var_dump("3" % "2", "7.9" % 4);
--EXPECTF--
int(15)
float(2.5)
float(100)
int(13)
int(13)

Warning: A non-numeric value encountered in %s on line 7
int(13)

Fatal error: Uncaught TypeError: Unsupported operand types: string + int in %s:8
Stack trace:
#0 {main}
  thrown in %s on line 8
[exit 255: ]
