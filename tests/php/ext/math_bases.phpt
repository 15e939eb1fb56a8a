--TEST--
inverse trig and hyperbolic functions, expm1/log1p/hypot, hexdec/octdec/bindec (prefixes, overflow to float, invalid-character deprecation), base_convert with its ValueErrors
--FILE--
<?php
foreach ([0, 0.5, -0.5, 1, 2, -3.7, 1e-10] as $x) {
    echo $x, ": "; var_dump(asin($x), acos($x), sinh($x), cosh($x), tanh($x), asinh($x), acosh($x), atanh($x), expm1($x), log1p($x), hypot($x, 4));
}
foreach (["ff", "0xff", " 1A ", "zz", "7fffffffffffffff", "8000000000000000", "ffffffffffffffffff", "", "-1", "1.5"] as $h) { echo "$h: "; var_dump(hexdec($h)); }
var_dump(octdec("777"), octdec("0o17"), octdec("8"), bindec("1111"), bindec("0b101"), bindec(str_repeat("1", 64)), bindec("102"));
var_dump(base_convert("ff", 16, 2), base_convert("255", 10, 36), base_convert("zz", 36, 10), base_convert("-12", 10, 2), base_convert("ffffffffffffffffffff", 16, 10), base_convert("0", 10, 2), base_convert("1e3", 10, 16), base_convert("777", 8, 16));
try { base_convert("1", 1, 10); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { base_convert("1", 10, 37); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
0: float(0)
float(1.5707963267948966)
float(0)
float(1)
float(0)
float(0)
float(NAN)
float(0)
float(0)
float(0)
float(4)
0.5: float(0.5235987755982989)
float(1.0471975511965979)
float(0.5210953054937474)
float(1.1276259652063807)
float(0.46211715726000974)
float(0.48121182505960347)
float(NAN)
float(0.5493061443340548)
float(0.6487212707001282)
float(0.4054651081081644)
float(4.031128874149275)
-0.5: float(-0.5235987755982989)
float(2.0943951023931957)
float(-0.5210953054937474)
float(1.1276259652063807)
float(-0.46211715726000974)
float(-0.48121182505960347)
float(NAN)
float(-0.5493061443340548)
float(-0.3934693402873666)
float(-0.6931471805599453)
float(4.031128874149275)
1: float(1.5707963267948966)
float(0)
float(1.1752011936438014)
float(1.5430806348152437)
float(0.7615941559557649)
float(0.881373587019543)
float(0)
float(INF)
float(1.718281828459045)
float(0.6931471805599453)
float(4.123105625617661)
2: float(NAN)
float(NAN)
float(3.626860407847019)
float(3.7621956910836314)
float(0.9640275800758169)
float(1.4436354751788103)
float(1.3169578969248166)
float(NAN)
float(6.38905609893065)
float(1.0986122886681096)
float(4.47213595499958)
-3.7: float(NAN)
float(NAN)
float(-20.21129041679853)
float(20.23601394326887)
float(-0.9987782412811312)
float(-2.0192606561549606)
float(NAN)
float(NAN)
float(-0.9752764735296606)
float(NAN)
float(5.448853090330111)
1.0E-10: float(1.0E-10)
float(1.5707963266948965)
float(1.0E-10)
float(1)
float(1.0E-10)
float(1.0E-10)
float(NAN)
float(1.0E-10)
float(1.00000000005E-10)
float(9.999999999500001E-11)
float(4)
ff: int(255)
0xff: int(255)
 1A : int(26)
zz: 
Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 5
int(0)
7fffffffffffffff: int(9223372036854775807)
8000000000000000: float(9.223372036854776E+18)
ffffffffffffffffff: float(4.722366482869645E+21)
: int(0)
-1: 
Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 5
int(1)
1.5: 
Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 5
int(21)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 6

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 6
int(511)
int(15)
int(0)
int(15)
int(5)
float(1.8446744073709552E+19)
int(2)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 7

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 7
string(8) "11111111"
string(2) "73"
string(4) "1295"
string(4) "1100"
string(25) "1208925819614629446642046"
string(1) "0"
string(1) "d"
string(3) "1ff"
base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)
base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
