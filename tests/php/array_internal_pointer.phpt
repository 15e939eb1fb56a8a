--TEST--
current/next/prev/reset/end/key walk an array's internal pointer
--FILE--
<?php
$a = ['x' => 1, 'y' => 2, 'z' => 3];
var_dump(current($a), key($a));
var_dump(next($a), key($a), next($a), next($a), key($a));
var_dump(reset($a), end($a), key($a), prev($a), prev($a), prev($a));
$empty = [];
var_dump(current($empty), end($empty), reset($empty));
$b = [10, 20];
end($b);
$c = $b;            // a copy keeps the pointer position
var_dump(current($c), next($b), current($b));
while (($v = current($a)) !== false) {
    echo key($a), '=', $v, "\n";
    next($a);
}
--EXPECT--
int(1)
string(1) "x"
int(2)
string(1) "y"
int(3)
bool(false)
NULL
int(1)
int(3)
string(1) "z"
int(2)
int(1)
bool(false)
bool(false)
bool(false)
bool(false)
int(20)
bool(false)
bool(false)
