--TEST--
err: compound assignments on missing keys and properties warn once, then write
--FILE--
<?php
$a = [];
$a['n'] += 5;
$a['s'] .= 'x';
$a['i']++;
$a['d']--;
echo json_encode($a), "\n";
$o = new stdClass;
$o->count++;
$o->text .= "t";
echo json_encode($o), "\n";
$undef .= "created";
echo $undef, "\n";
$n++;
var_dump($n);
$list[] .= 'append-concat';
echo json_encode($list), "\n";
--EXPECTF--

Warning: Undefined array key "n" in %s on line 3

Warning: Undefined array key "s" in %s on line 4

Warning: Undefined array key "i" in %s on line 5

Warning: Undefined array key "d" in %s on line 6
{"n":5,"s":"x","i":1,"d":null}

Warning: Undefined property: stdClass::$count in %s on line 9

Warning: Undefined property: stdClass::$text in %s on line 10
{"count":1,"text":"t"}

Warning: Undefined variable $undef in %s on line 12
created

Warning: Undefined variable $n in %s on line 14
int(1)

Warning: Undefined variable $list in %s on line 16
["append-concat"]
