<?php
function big($e) { $r = 1; for ($i = 0; $i < $e; $i++) $r *= 2; return $r; }
var_dump(big(10));
var_dump(big(62));
var_dump(big(63));
var_dump(big(70));
function fact($n) { $r = 1; for ($i = 2; $i <= $n; $i++) $r *= $i; return $r; }
var_dump(fact(20));
var_dump(fact(21));
var_dump(is_float(fact(25)));
function neg() { return PHP_INT_MIN; }
var_dump(neg());
function neg2() { return PHP_INT_MIN - 1; }
var_dump(is_float(neg2()));
