--TEST--
references: the by-reference notice for call results stays right in hot loops (the JIT traces the check)
--FILE--
<?php
function g() { return [3, 1, 2]; }
class K { function m(&$x) { return 1; } function v($x) { return 2; } }
function run($k, $n) { $s = 0; for ($i = 0; $i < $n; $i++) { $s += @$k->m(g()); $s += $k->v(g()); $s += @array_multisort(g()); } return $s; }
set_error_handler(function ($no, $msg) { static $c = 0; if (++$c % 100 == 0) echo "$c $msg\n"; return true; });
$k = new K;
echo run($k, 300), "\n";
function run2($k, $n) { $s = 0; for ($i = 0; $i < $n; $i++) { $s += $k->m(g()); $s += array_multisort(g()); } return $s; }
echo run2($k, 300), "\n";
--EXPECT--
100 Only variables should be passed by reference
200 Only variables should be passed by reference
300 Only variables should be passed by reference
1200
400 Only variables should be passed by reference
500 Only variables should be passed by reference
600 Only variables should be passed by reference
600
