--TEST--
ops: bitwise operators, % and ~ on floats and float-strings that lose precision raise PHP 8.1's
deprecation (naming the float-string), array keys out of int range too; a throwing handler stops them
--FILE--
<?php
set_error_handler(function ($no, $msg) { echo "[$msg]\n"; return true; });
var_dump(~1.5);
var_dump(1.5 | 0, 2.5 & 3, 3.5 ^ 1, 1.5 << 1, 8.5 >> 1, 7.5 % 2);
var_dump(~INF);
var_dump(INF | 0);
var_dump(1e20 % 3);
var_dump(NAN & 1);
$a = [];
$a[1e20] = 1;
$a[INF] = 2;
$a[NAN] = 3;
var_dump($a);
var_dump("1.5" | 0, "1.5" % 2);
set_error_handler(function ($no, $msg) { throw new ErrorException($msg); });
foreach ([fn() => ~2.5, fn() => 7 % 2.5, fn() => "3.5" << 1] as $f) {
    try {
        var_dump($f());
    } catch (ErrorException $e) {
        echo "caught: ", $e->getMessage(), "\n";
    }
}
--EXPECT--
[Implicit conversion from float 1.5 to int loses precision]
int(-2)
[Implicit conversion from float 1.5 to int loses precision]
[Implicit conversion from float 2.5 to int loses precision]
[Implicit conversion from float 3.5 to int loses precision]
[Implicit conversion from float 1.5 to int loses precision]
[Implicit conversion from float 8.5 to int loses precision]
[Implicit conversion from float 7.5 to int loses precision]
int(1)
int(2)
int(2)
int(2)
int(4)
int(1)
[Implicit conversion from float INF to int loses precision]
int(-1)
[Implicit conversion from float INF to int loses precision]
int(0)
[Implicit conversion from float 1.0E+20 to int loses precision]
int(2)
[Implicit conversion from float NAN to int loses precision]
int(0)
[Implicit conversion from float 1.0E+20 to int loses precision]
[Implicit conversion from float INF to int loses precision]
[Implicit conversion from float NAN to int loses precision]
array(2) {
  [7766279631452241920]=>
  int(1)
  [0]=>
  int(3)
}
[Implicit conversion from float-string "1.5" to int loses precision]
[Implicit conversion from float-string "1.5" to int loses precision]
int(1)
int(1)
caught: Implicit conversion from float 2.5 to int loses precision
caught: Implicit conversion from float 2.5 to int loses precision
caught: Implicit conversion from float-string "3.5" to int loses precision
