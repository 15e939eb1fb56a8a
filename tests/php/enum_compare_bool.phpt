--TEST--
enums: comparisons with bools, null and each other
--FILE--
<?php
enum E { case A; case B; }
$a = E::A;
var_dump($a == true, $a > true, $a < true, $a >= true, $a <= true, $a == null, $a != null, $a > null, $a == E::A, $a >= $a, $a == E::B, $a < E::B, null == $a, true == $a, $a == false);
if ($a) echo "truthy\n";
class O {}
$o = new O;
var_dump($o == true, $o >= true, $o > false, [] == false, [1] == true, "0" == false, 0.0 == false, null == false);
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
truthy
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
