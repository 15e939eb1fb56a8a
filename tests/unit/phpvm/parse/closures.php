<?php
$f = function ($x) use ($y, &$z) { return $x + $y; };
$g = static function &() use ($a,): int { return $a; };
$h = fn($x) => $x * 2;
$i = static fn&(int ...$x): array => $x;
$j = fn() => fn() => yield 1;
$k = function () { return fn() => $this; };
(function () {})();
