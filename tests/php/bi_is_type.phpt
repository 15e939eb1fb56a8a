--TEST--
bi: is_* predicates and gettype over a table of values
--FILE--
<?php
$vals = [null, true, 0, 1.5, "1.5", "abc", "", [], [1], new stdClass, fn() => 1, NAN, "0x1A", " 5", "5 ", ".5", "1e5"];
$preds = ['is_null', 'is_bool', 'is_int', 'is_float', 'is_string', 'is_array', 'is_object', 'is_numeric', 'is_scalar', 'is_iterable', 'is_countable', 'is_callable'];
echo str_pad('', 12);
foreach ($preds as $p) echo substr($p, 3, 4), " ";
echo "\n";
foreach ($vals as $v) {
    echo str_pad(is_object($v) ? get_class($v) : json_encode($v, JSON_PARTIAL_OUTPUT_ON_ERROR), 12);
    foreach ($preds as $p) echo str_pad($p($v) ? 'Y' : '.', 5);
    echo gettype($v), "\n";
}
var_dump(is_int(PHP_INT_MAX + 1), is_float(PHP_INT_MAX + 1), is_numeric("1_000"), is_numeric("+.5e-3"), is_numeric("-"));
var_dump(is_finite(1e308 * 10), is_nan(NAN), is_infinite(-INF), is_finite(1.0));
--EXPECT--
            null bool int floa stri arra obje nume scal iter coun call 
null        Y    .    .    .    .    .    .    .    .    .    .    .    NULL
true        .    Y    .    .    .    .    .    .    Y    .    .    .    boolean
0           .    .    Y    .    .    .    .    Y    Y    .    .    .    integer
1.5         .    .    .    Y    .    .    .    Y    Y    .    .    .    double
"1.5"       .    .    .    .    Y    .    .    Y    Y    .    .    .    string
"abc"       .    .    .    .    Y    .    .    .    Y    .    .    .    string
""          .    .    .    .    Y    .    .    .    Y    .    .    .    string
[]          .    .    .    .    .    Y    .    .    .    Y    Y    .    array
[1]         .    .    .    .    .    Y    .    .    .    Y    Y    .    array
stdClass    .    .    .    .    .    .    Y    .    .    .    .    .    object
Closure     .    .    .    .    .    .    Y    .    .    .    .    Y    object
0           .    .    .    Y    .    .    .    Y    Y    .    .    .    double
"0x1A"      .    .    .    .    Y    .    .    .    Y    .    .    .    string
" 5"        .    .    .    .    Y    .    .    Y    Y    .    .    .    string
"5 "        .    .    .    .    Y    .    .    Y    Y    .    .    .    string
".5"        .    .    .    .    Y    .    .    Y    Y    .    .    .    string
"1e5"       .    .    .    .    Y    .    .    Y    Y    .    .    .    string
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
