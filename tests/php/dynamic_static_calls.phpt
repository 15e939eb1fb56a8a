--TEST--
dynamic static method names, $a[] = &$b, by-reference arguments of the form $a[] and their type check
--FILE--
<?php
class A { public static function hello($x) { return "hello $x"; } public static function __callStatic($n, $a) { return "static $n"; } }
$m = 'hello';
echo A::$m('w'), " ", A::{'hel' . 'lo'}('v'), " ", A::{'nope'}(), "\n";
$arr = [];
$b = 1;
$arr[] = &$b;
$b = 2;
print_r($arr);
function addTo(array &$a) { $a[] = 'x'; }
$holder = [];
addTo($holder[]);
print_r($holder);
--EXPECTF--
hello w hello v static nope
Array
(
    [0] => 2
)

Fatal error: Uncaught TypeError: addTo(): Argument #1 ($a) must be of type array, null given, called in %s on line 12 and defined in %s:10
Stack trace:
#0 %s(12): addTo(NULL)
#1 {main}
  thrown in %s on line 10
[exit 255: ]
