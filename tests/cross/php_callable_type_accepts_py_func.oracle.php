<?php
function twice(callable $f, $x) { return $f($f($x)); }
function inc($v) { return $v + 1; }
class K { function __invoke($v) { return $v * 3; } function neg($v) { return -$v; } }
var_dump(is_callable('inc'));
echo twice('inc', 5), "\n";
echo twice(new K(), 2), "\n";
echo twice([new K(), 'neg'], 7), "\n";
