--TEST--
functions: scalar-typed parameters and returns given each kind of value, by direct calls (CALL's fast path, which lets small ints and floats of a matching type through unchecked) and by callbacks
--FILE--
<?php
function fi(int $a) { return $a; }
function ff(float $a) { return $a; }
function fm(mixed $a) { return $a; }
function fn_(?int $a) { return $a; }
function fu(int|float $a) { return $a; }
function fs(string $a) { return $a; }
function fb(bool $a) { return $a; }
function fx($a, int $b, float $c) { return [$a, $b, $c]; }
function ri($v): int { return $v; }
function rf($v): float { return $v; }
function rn($v): ?int { return $v; }
function rm($v): mixed { return $v; }
function rs($v): string { return $v; }
function &rr(array &$a): int { return $a[0]; }

$vals = [0, 7, -3, PHP_INT_MAX, 1.0, 2.5, -0.0, 1e300, NAN, "5", "5.5", "x", true, null, [1], new stdClass];
$fs = ['fi', 'ff', 'fm', 'fn_', 'fu', 'fs', 'fb', 'ri', 'rf', 'rn', 'rm', 'rs'];
foreach ($fs as $f) {
    foreach ($vals as $v) {
        try {
            $r = $f($v);
            echo "$f: "; var_dump($r);
        } catch (TypeError $e) {
            echo "$f: TypeError: ", $e->getMessage(), "\n";
        }
    }
}
for ($i = 0; $i < 3; $i++) {
    var_dump(fx($i, $i, $i), fx(1.5, 2, 3.5));
}
var_dump(array_map('ff', [1, 2.5, 3]), array_map('fi', [1, 2.0, 3]));
$a = [4, 5];
var_dump(rr($a));
usort($a, fn(int $x, int $y): int => $y <=> $x);
var_dump($a);
$r = 5;
$ref = &$r;
var_dump(fi($ref), ff($ref), ri($ref), rf($ref));
try { fi(1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
fi: int(0)
fi: int(7)
fi: int(-3)
fi: int(9223372036854775807)
fi: int(1)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 2
fi: int(2)
fi: int(0)
fi: TypeError: fi(): Argument #1 ($a) must be of type int, float given, called in %s on line 22
fi: TypeError: fi(): Argument #1 ($a) must be of type int, float given, called in %s on line 22
fi: int(5)

Deprecated: Implicit conversion from float-string "5.5" to int loses precision in %s on line 2
fi: int(5)
fi: TypeError: fi(): Argument #1 ($a) must be of type int, string given, called in %s on line 22
fi: int(1)
fi: TypeError: fi(): Argument #1 ($a) must be of type int, null given, called in %s on line 22
fi: TypeError: fi(): Argument #1 ($a) must be of type int, array given, called in %s on line 22
fi: TypeError: fi(): Argument #1 ($a) must be of type int, stdClass given, called in %s on line 22
ff: float(0)
ff: float(7)
ff: float(-3)
ff: float(9.223372036854776E+18)
ff: float(1)
ff: float(2.5)
ff: float(-0)
ff: float(1.0E+300)
ff: float(NAN)
ff: float(5)
ff: float(5.5)
ff: TypeError: ff(): Argument #1 ($a) must be of type float, string given, called in %s on line 22
ff: float(1)
ff: TypeError: ff(): Argument #1 ($a) must be of type float, null given, called in %s on line 22
ff: TypeError: ff(): Argument #1 ($a) must be of type float, array given, called in %s on line 22
ff: TypeError: ff(): Argument #1 ($a) must be of type float, stdClass given, called in %s on line 22
fm: int(0)
fm: int(7)
fm: int(-3)
fm: int(9223372036854775807)
fm: float(1)
fm: float(2.5)
fm: float(-0)
fm: float(1.0E+300)
fm: float(NAN)
fm: string(1) "5"
fm: string(3) "5.5"
fm: string(1) "x"
fm: bool(true)
fm: NULL
fm: array(1) {
  [0]=>
  int(1)
}
fm: object(stdClass)#1 (0) {
}
fn_: int(0)
fn_: int(7)
fn_: int(-3)
fn_: int(9223372036854775807)
fn_: int(1)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 5
fn_: int(2)
fn_: int(0)
fn_: TypeError: fn_(): Argument #1 ($a) must be of type ?int, float given, called in %s on line 22
fn_: TypeError: fn_(): Argument #1 ($a) must be of type ?int, float given, called in %s on line 22
fn_: int(5)

Deprecated: Implicit conversion from float-string "5.5" to int loses precision in %s on line 5
fn_: int(5)
fn_: TypeError: fn_(): Argument #1 ($a) must be of type ?int, string given, called in %s on line 22
fn_: int(1)
fn_: NULL
fn_: TypeError: fn_(): Argument #1 ($a) must be of type ?int, array given, called in %s on line 22
fn_: TypeError: fn_(): Argument #1 ($a) must be of type ?int, stdClass given, called in %s on line 22
fu: int(0)
fu: int(7)
fu: int(-3)
fu: int(9223372036854775807)
fu: float(1)
fu: float(2.5)
fu: float(-0)
fu: float(1.0E+300)
fu: float(NAN)
fu: int(5)
fu: float(5.5)
fu: TypeError: fu(): Argument #1 ($a) must be of type int|float, string given, called in %s on line 22
fu: int(1)
fu: TypeError: fu(): Argument #1 ($a) must be of type int|float, null given, called in %s on line 22
fu: TypeError: fu(): Argument #1 ($a) must be of type int|float, array given, called in %s on line 22
fu: TypeError: fu(): Argument #1 ($a) must be of type int|float, stdClass given, called in %s on line 22
fs: string(1) "0"
fs: string(1) "7"
fs: string(2) "-3"
fs: string(19) "9223372036854775807"
fs: string(1) "1"
fs: string(3) "2.5"
fs: string(2) "-0"
fs: string(8) "1.0E+300"
fs: string(3) "NAN"
fs: string(1) "5"
fs: string(3) "5.5"
fs: string(1) "x"
fs: string(1) "1"
fs: TypeError: fs(): Argument #1 ($a) must be of type string, null given, called in %s on line 22
fs: TypeError: fs(): Argument #1 ($a) must be of type string, array given, called in %s on line 22
fs: TypeError: fs(): Argument #1 ($a) must be of type string, stdClass given, called in %s on line 22
fb: bool(false)
fb: bool(true)
fb: bool(true)
fb: bool(true)
fb: bool(true)
fb: bool(true)
fb: bool(false)
fb: bool(true)
fb: bool(true)
fb: bool(true)
fb: bool(true)
fb: bool(true)
fb: bool(true)
fb: TypeError: fb(): Argument #1 ($a) must be of type bool, null given, called in %s on line 22
fb: TypeError: fb(): Argument #1 ($a) must be of type bool, array given, called in %s on line 22
fb: TypeError: fb(): Argument #1 ($a) must be of type bool, stdClass given, called in %s on line 22
ri: int(0)
ri: int(7)
ri: int(-3)
ri: int(9223372036854775807)
ri: int(1)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 10
ri: int(2)
ri: int(0)
ri: TypeError: ri(): Return value must be of type int, float returned
ri: TypeError: ri(): Return value must be of type int, float returned
ri: int(5)

Deprecated: Implicit conversion from float-string "5.5" to int loses precision in %s on line 10
ri: int(5)
ri: TypeError: ri(): Return value must be of type int, string returned
ri: int(1)
ri: TypeError: ri(): Return value must be of type int, null returned
ri: TypeError: ri(): Return value must be of type int, array returned
ri: TypeError: ri(): Return value must be of type int, stdClass returned
rf: float(0)
rf: float(7)
rf: float(-3)
rf: float(9.223372036854776E+18)
rf: float(1)
rf: float(2.5)
rf: float(-0)
rf: float(1.0E+300)
rf: float(NAN)
rf: float(5)
rf: float(5.5)
rf: TypeError: rf(): Return value must be of type float, string returned
rf: float(1)
rf: TypeError: rf(): Return value must be of type float, null returned
rf: TypeError: rf(): Return value must be of type float, array returned
rf: TypeError: rf(): Return value must be of type float, stdClass returned
rn: int(0)
rn: int(7)
rn: int(-3)
rn: int(9223372036854775807)
rn: int(1)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 12
rn: int(2)
rn: int(0)
rn: TypeError: rn(): Return value must be of type ?int, float returned
rn: TypeError: rn(): Return value must be of type ?int, float returned
rn: int(5)

Deprecated: Implicit conversion from float-string "5.5" to int loses precision in %s on line 12
rn: int(5)
rn: TypeError: rn(): Return value must be of type ?int, string returned
rn: int(1)
rn: NULL
rn: TypeError: rn(): Return value must be of type ?int, array returned
rn: TypeError: rn(): Return value must be of type ?int, stdClass returned
rm: int(0)
rm: int(7)
rm: int(-3)
rm: int(9223372036854775807)
rm: float(1)
rm: float(2.5)
rm: float(-0)
rm: float(1.0E+300)
rm: float(NAN)
rm: string(1) "5"
rm: string(3) "5.5"
rm: string(1) "x"
rm: bool(true)
rm: NULL
rm: array(1) {
  [0]=>
  int(1)
}
rm: object(stdClass)#1 (0) {
}
rs: string(1) "0"
rs: string(1) "7"
rs: string(2) "-3"
rs: string(19) "9223372036854775807"
rs: string(1) "1"
rs: string(3) "2.5"
rs: string(2) "-0"
rs: string(8) "1.0E+300"
rs: string(3) "NAN"
rs: string(1) "5"
rs: string(3) "5.5"
rs: string(1) "x"
rs: string(1) "1"
rs: TypeError: rs(): Return value must be of type string, null returned
rs: TypeError: rs(): Return value must be of type string, array returned
rs: TypeError: rs(): Return value must be of type string, stdClass returned
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  float(0)
}
array(3) {
  [0]=>
  float(1.5)
  [1]=>
  int(2)
  [2]=>
  float(3.5)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  float(1)
}
array(3) {
  [0]=>
  float(1.5)
  [1]=>
  int(2)
  [2]=>
  float(3.5)
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(2)
  [2]=>
  float(2)
}
array(3) {
  [0]=>
  float(1.5)
  [1]=>
  int(2)
  [2]=>
  float(3.5)
}
array(3) {
  [0]=>
  float(1)
  [1]=>
  float(2.5)
  [2]=>
  float(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(4)
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(4)
}
int(5)
float(5)
int(5)
float(5)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
