--TEST--
bi: int parameters of builtins in weak mode: fractional floats and float-strings convert with the
"loses precision" deprecation, null with the null deprecation, NaN/huge values are TypeErrors
--INI--
serialize_precision = 6
--FILE--
<?php
set_error_handler(function ($no, $msg) { echo "[$no] $msg\n"; return true; });
var_dump(dechex(255.75));
var_dump(dechex("4095.5"));
var_dump(dechex("1e3"));
var_dump(dechex(true));
var_dump(str_repeat("ab", 2.0));
var_dump(str_pad("x", null));
foreach ([1e30, -INF, NAN, "2e40", "12abc", [1]] as $bad) {
    try {
        var_dump(decoct($bad));
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
// an error handler that throws stops the call
set_error_handler(function ($no, $msg) { throw new ErrorException($msg); });
try {
    var_dump(chr(65.5));
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
// math constants and a spaced --INI-- line
var_dump(M_LOG2E, M_SQRT1_2, M_EULER, M_LNPI, 1 / 3);
--EXPECT--
[8192] Implicit conversion from float 255.75 to int loses precision
string(2) "ff"
[8192] Implicit conversion from float-string "4095.5" to int loses precision
string(3) "fff"
string(3) "3e8"
string(1) "1"
string(4) "abab"
[8192] str_pad(): Passing null to parameter #2 ($length) of type int is deprecated
string(1) "x"
TypeError: decoct(): Argument #1 ($num) must be of type int, float given
TypeError: decoct(): Argument #1 ($num) must be of type int, float given
TypeError: decoct(): Argument #1 ($num) must be of type int, float given
TypeError: decoct(): Argument #1 ($num) must be of type int, string given
TypeError: decoct(): Argument #1 ($num) must be of type int, string given
TypeError: decoct(): Argument #1 ($num) must be of type int, array given
caught: Implicit conversion from float 65.5 to int loses precision
float(1.4427)
float(0.707107)
float(0.577216)
float(1.14473)
float(0.333333)
