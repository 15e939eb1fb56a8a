--TEST--
functions: scalar-typed parameters and returns under strict_types, where only int widens to float, by direct calls and callbacks
--FILE--
<?php
declare(strict_types=1);
function fi(int $a) { return $a; }
function ff(float $a) { return $a; }
function fu(int|float $a) { return $a; }
function ri($v): int { return $v; }
function rf($v): float { return $v; }

$vals = [0, 7, PHP_INT_MAX, 1.0, 2.5, NAN, "5", true, null];
foreach (['fi', 'ff', 'fu', 'ri', 'rf'] as $f) {
    foreach ($vals as $v) {
        try {
            echo "$f: "; var_dump($f($v));
        } catch (TypeError $e) {
            echo "TypeError: ", $e->getMessage(), "\n";
        }
    }
}
var_dump(array_map('ff', [1, 2.5]));
for ($i = 0; $i < 3; $i++)
    var_dump(ff($i), rf($i));
--EXPECTF--
fi: int(0)
fi: int(7)
fi: int(9223372036854775807)
fi: TypeError: fi(): Argument #1 ($a) must be of type int, float given, called in %s on line 13
fi: TypeError: fi(): Argument #1 ($a) must be of type int, float given, called in %s on line 13
fi: TypeError: fi(): Argument #1 ($a) must be of type int, float given, called in %s on line 13
fi: TypeError: fi(): Argument #1 ($a) must be of type int, string given, called in %s on line 13
fi: TypeError: fi(): Argument #1 ($a) must be of type int, bool given, called in %s on line 13
fi: TypeError: fi(): Argument #1 ($a) must be of type int, null given, called in %s on line 13
ff: float(0)
ff: float(7)
ff: float(9.223372036854776E+18)
ff: float(1)
ff: float(2.5)
ff: float(NAN)
ff: TypeError: ff(): Argument #1 ($a) must be of type float, string given, called in %s on line 13
ff: TypeError: ff(): Argument #1 ($a) must be of type float, bool given, called in %s on line 13
ff: TypeError: ff(): Argument #1 ($a) must be of type float, null given, called in %s on line 13
fu: int(0)
fu: int(7)
fu: int(9223372036854775807)
fu: float(1)
fu: float(2.5)
fu: float(NAN)
fu: TypeError: fu(): Argument #1 ($a) must be of type int|float, string given, called in %s on line 13
fu: TypeError: fu(): Argument #1 ($a) must be of type int|float, bool given, called in %s on line 13
fu: TypeError: fu(): Argument #1 ($a) must be of type int|float, null given, called in %s on line 13
ri: int(0)
ri: int(7)
ri: int(9223372036854775807)
ri: TypeError: ri(): Return value must be of type int, float returned
ri: TypeError: ri(): Return value must be of type int, float returned
ri: TypeError: ri(): Return value must be of type int, float returned
ri: TypeError: ri(): Return value must be of type int, string returned
ri: TypeError: ri(): Return value must be of type int, bool returned
ri: TypeError: ri(): Return value must be of type int, null returned
rf: float(0)
rf: float(7)
rf: float(9.223372036854776E+18)
rf: float(1)
rf: float(2.5)
rf: float(NAN)
rf: TypeError: rf(): Return value must be of type float, string returned
rf: TypeError: rf(): Return value must be of type float, bool returned
rf: TypeError: rf(): Return value must be of type float, null returned
array(2) {
  [0]=>
  float(1)
  [1]=>
  float(2.5)
}
float(0)
float(0)
float(1)
float(1)
float(2)
float(2)
