--TEST--
float: values at the edges of the immediate encoding (2**-256, 2**256, zeros, subnormals, inf, NaN) through arithmetic, arrays, objects, comparisons and the output functions
--FILE--
<?php
$lo = 2 ** -256;
$hi = 2.0 ** 256;
$vals = [
    "lo" => $lo, "lo_below" => $lo / 2 * 1.9999999999999998, "lo_neg" => -$lo,
    "hi" => $hi, "hi_below" => $hi * 0.9999999999999999, "hi_neg" => -$hi,
    "zero" => 0.0, "negzero" => -0.0, "one" => 1.0, "tenth" => 0.1,
    "sub" => 4.9e-324, "min" => 2.2250738585072014e-308, "max" => 1.7976931348623157e308,
    "inf" => INF, "ninf" => -INF, "nan" => NAN,
];
foreach ($vals as $name => $v) {
    echo $name, ": ";
    var_dump($v);
    echo "  echo=", $v, " export=", var_export($v, true), " json=", json_encode($v),
        " ser=", serialize($v), "\n";
    $u = unserialize(serialize($v));
    echo "  same=", var_export($u === $v, true), " eq=", var_export($u == $v, true),
        " neg=", -$v, " twice=", $v * 2, " half=", $v / 2, " sum=", $v + $lo, "\n";
    echo "  is_float=", var_export(is_float($v), true), " gettype=", gettype($v),
        " int=", is_nan($v) || is_infinite($v) ? "-" : (int)$v, " bool=", var_export((bool)$v, true), "\n";
}
// crossing the boundaries by arithmetic
$x = $lo;
for ($i = 0; $i < 3; $i++) { $x /= 2; var_dump($x); }
for ($i = 0; $i < 3; $i++) { $x *= 2; var_dump($x); }
$y = $hi / 4;
for ($i = 0; $i < 4; $i++) { $y *= 2; var_dump($y); }
var_dump($lo - $lo, -$lo + $lo, $lo * -0.0, 1e300 * 1e10, -1e300 * 1e10, (1e300 * 1e10) - (1e300 * 1e10));
var_dump(PHP_INT_MAX + 1, PHP_INT_MIN - 1, PHP_INT_MAX * 2, intdiv(7, 2) / 2);
// comparisons mixing spellings
$pairs = [[$lo, $lo / 2], [$hi, $hi / 2], [0.0, -0.0], [$lo, 0.0], [1.5, 1], [INF, $hi], [NAN, NAN], [-$hi, -INF]];
foreach ($pairs as [$a, $b]) {
    echo var_export($a < $b, true), var_export($a == $b, true), var_export($a > $b, true),
        " ", $a <=> $b, " ", var_export($a === $b, true), "\n";
}
// array keys and values
$arr = [];
foreach ($vals as $name => $v) {
    if (!is_nan($v) && !is_infinite($v) && abs($v) < 1e18)
        $arr[$v] = $name;
}
var_dump($arr);
$list = array_values(array_filter($vals, fn($f) => !is_nan($f))); // NAN has no place in an order
sort($list);
echo implode(",", array_map(fn($f) => var_export($f, true), $list)), "\n";
echo array_sum([$lo, $hi, 1.5]), " ", max(1.5, $lo, 2), " ", min([$hi, INF, 3]), "\n";
var_dump(in_array(0.1, $vals, true), array_search(-0.0, $vals, true), array_search($hi, $vals));
// objects of floats
class P { public $x, $y, $z; function __construct($x, $y, $z) { $this->x = $x; $this->y = $y; $this->z = $z; } }
$ps = [];
for ($i = 0; $i < 200; $i++)
    $ps[] = new P($i * 0.5, $lo * $i, $hi / ($i + 1));
$s = 0.0;
foreach ($ps as $p)
    $s += $p->x + $p->y * 1e70 + $p->z * 1e-70;
var_dump($s, $ps[3]);
echo json_encode([$lo, $hi, 0.5, -0.0, 1e22]), "\n";
var_dump(json_decode("[1e-77, 1.2e77, 0.0, -0.0, 5e-324]"));
printf("%.3e %.3e %f %g %s\n", $lo, $hi, 0.5, -0.0, 1.0);
var_dump(round($lo, 300), floor(-$lo), ceil($lo), fmod($hi, 3.0), sqrt($lo), $lo ** 2);
--EXPECTF--
lo: float(8.636168555094445E-78)
  echo=8.6361685550944E-78 export=8.636168555094445E-78 json=8.636168555094445e-78 ser=d:8.636168555094445E-78;
  same=true eq=true neg=-8.6361685550944E-78 twice=1.7272337110189E-77 half=4.3180842775472E-78 sum=1.7272337110189E-77
  is_float=true gettype=double int=0 bool=true
lo_below: float(8.636168555094444E-78)
  echo=8.6361685550944E-78 export=8.636168555094444E-78 json=8.636168555094444e-78 ser=d:8.636168555094444E-78;
  same=true eq=true neg=-8.6361685550944E-78 twice=1.7272337110189E-77 half=4.3180842775472E-78 sum=1.7272337110189E-77
  is_float=true gettype=double int=0 bool=true
lo_neg: float(-8.636168555094445E-78)
  echo=-8.6361685550944E-78 export=-8.636168555094445E-78 json=-8.636168555094445e-78 ser=d:-8.636168555094445E-78;
  same=true eq=true neg=8.6361685550944E-78 twice=-1.7272337110189E-77 half=-4.3180842775472E-78 sum=0
  is_float=true gettype=double int=0 bool=true
hi: float(1.157920892373162E+77)
  echo=1.1579208923732E+77 export=1.157920892373162E+77 json=1.157920892373162e+77 ser=d:1.157920892373162E+77;
  same=true eq=true neg=-1.1579208923732E+77 twice=2.3158417847463E+77 half=5.7896044618658E+76 sum=1.1579208923732E+77
  is_float=true gettype=double int=0 bool=true
hi_below: float(1.1579208923731618E+77)
  echo=1.1579208923732E+77 export=1.1579208923731618E+77 json=1.1579208923731618e+77 ser=d:1.1579208923731618E+77;
  same=true eq=true neg=-1.1579208923732E+77 twice=2.3158417847463E+77 half=5.7896044618658E+76 sum=1.1579208923732E+77
  is_float=true gettype=double int=0 bool=true
hi_neg: float(-1.157920892373162E+77)
  echo=-1.1579208923732E+77 export=-1.157920892373162E+77 json=-1.157920892373162e+77 ser=d:-1.157920892373162E+77;
  same=true eq=true neg=1.1579208923732E+77 twice=-2.3158417847463E+77 half=-5.7896044618658E+76 sum=-1.1579208923732E+77
  is_float=true gettype=double int=0 bool=true
zero: float(0)
  echo=0 export=0.0 json=0 ser=d:0;
  same=true eq=true neg=-0 twice=0 half=0 sum=8.6361685550944E-78
  is_float=true gettype=double int=0 bool=false
negzero: float(-0)
  echo=-0 export=-0.0 json=-0 ser=d:-0;
  same=true eq=true neg=0 twice=-0 half=-0 sum=8.6361685550944E-78
  is_float=true gettype=double int=0 bool=false
one: float(1)
  echo=1 export=1.0 json=1 ser=d:1;
  same=true eq=true neg=-1 twice=2 half=0.5 sum=1
  is_float=true gettype=double int=1 bool=true
tenth: float(0.1)
  echo=0.1 export=0.1 json=0.1 ser=d:0.1;
  same=true eq=true neg=-0.1 twice=0.2 half=0.05 sum=0.1
  is_float=true gettype=double int=0 bool=true
sub: float(5.0E-324)
  echo=4.9406564584125E-324 export=5.0E-324 json=5.0e-324 ser=d:5.0E-324;
  same=true eq=true neg=-4.9406564584125E-324 twice=9.8813129168249E-324 half=0 sum=8.6361685550944E-78
  is_float=true gettype=double int=0 bool=true
min: float(2.2250738585072014E-308)
  echo=2.2250738585072E-308 export=2.2250738585072014E-308 json=2.2250738585072014e-308 ser=d:2.2250738585072014E-308;
  same=true eq=true neg=-2.2250738585072E-308 twice=4.4501477170144E-308 half=1.1125369292536E-308 sum=8.6361685550944E-78
  is_float=true gettype=double int=0 bool=true
max: float(1.7976931348623157E+308)
  echo=1.7976931348623E+308 export=1.7976931348623157E+308 json=1.7976931348623157e+308 ser=d:1.7976931348623157E+308;
  same=true eq=true neg=-1.7976931348623E+308 twice=INF half=8.9884656743116E+307 sum=1.7976931348623E+308
  is_float=true gettype=double int=0 bool=true
inf: float(INF)
  echo=INF export=INF json= ser=d:INF;
  same=true eq=true neg=-INF twice=INF half=INF sum=INF
  is_float=true gettype=double int=- bool=true
ninf: float(-INF)
  echo=-INF export=-INF json= ser=d:-INF;
  same=true eq=true neg=INF twice=-INF half=-INF sum=-INF
  is_float=true gettype=double int=- bool=true
nan: float(NAN)
  echo=NAN export=NAN json= ser=d:NAN;
  same=false eq=false neg=NAN twice=NAN half=NAN sum=NAN
  is_float=true gettype=double int=- bool=true
float(4.3180842775472223E-78)
float(2.1590421387736112E-78)
float(1.0795210693868056E-78)
float(2.1590421387736112E-78)
float(4.3180842775472223E-78)
float(8.636168555094445E-78)
float(5.78960446186581E+76)
float(1.157920892373162E+77)
float(2.315841784746324E+77)
float(4.631683569492648E+77)
float(0)
float(0)
float(-0)
float(INF)
float(-INF)
float(NAN)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
float(1.5)
falsefalsetrue 1 false
falsefalsetrue 1 false
falsetruefalse 0 true
falsefalsetrue 1 false
falsefalsetrue 1 false
falsefalsetrue 1 false
falsefalsefalse 1 false
falsefalsetrue 1 false

Deprecated: Implicit conversion from float 8.636168555094445E-78 to int loses precision in %s on line 40

Deprecated: Implicit conversion from float 8.636168555094444E-78 to int loses precision in %s on line 40

Deprecated: Implicit conversion from float -8.636168555094445E-78 to int loses precision in %s on line 40

Deprecated: Implicit conversion from float 0.1 to int loses precision in %s on line 40

Deprecated: Implicit conversion from float 5.0E-324 to int loses precision in %s on line 40

Deprecated: Implicit conversion from float 2.2250738585072014E-308 to int loses precision in %s on line 40
array(2) {
  [0]=>
  string(3) "min"
  [1]=>
  string(3) "one"
}
-INF,-1.157920892373162E+77,-8.636168555094445E-78,0.0,-0.0,5.0E-324,2.2250738585072014E-308,8.636168555094444E-78,8.636168555094445E-78,0.1,1.0,1.1579208923731618E+77,1.157920892373162E+77,1.7976931348623157E+308,INF
1.1579208923732E+77 2 3
bool(true)
string(4) "zero"
string(2) "hi"
float(68072898.4101771)
object(P)#4 (3) {
  ["x"]=>
  float(1.5)
  ["y"]=>
  float(2.5908505665283334E-77)
  ["z"]=>
  float(2.894802230932905E+76)
}
[8.636168555094445e-78,1.157920892373162e+77,0.5,-0,1.0e+22]
array(5) {
  [0]=>
  float(1.0E-77)
  [1]=>
  float(1.2E+77)
  [2]=>
  float(0)
  [3]=>
  float(-0)
  [4]=>
  float(5.0E-324)
}
8.636e-78 1.158e+77 0.500000 -0 1
float(8.636168555094445E-78)
float(-1)
float(1)
float(1)
float(2.938735877055719E-39)
float(7.458340731200207E-155)
