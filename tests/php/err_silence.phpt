--TEST--
err: @ suppresses diagnostics in its operand, error_reporting() reads 4437 inside, handlers still run
--FILE--
<?php
$v = @$undefined;
var_dump($v);
$a = [];
$x = @$a['nope']['deeper'];
var_dump($x);
function noisy() { echo "inside: ", error_reporting(), "\n"; return $undef; }
@noisy();
echo "outside: ", error_reporting(), "\n";
set_error_handler(function ($no, $str) { echo "handler($no): $str [er=", error_reporting(), "]\n"; return true; });
@trigger_error("silenced but handled", E_USER_WARNING);
echo @$undef2, "\n";
restore_error_handler();
$r = @intdiv(1, 1);
echo $r, "\n";
try { @intdiv(1, 0); } catch (DivisionByZeroError $e) { echo "exceptions are not silenced: ", $e->getMessage(), "\n"; }
echo @(1 + $undef3), "\n";
$arr = @[$undef4, 'ok'];
echo json_encode($arr), "\n";
--EXPECT--
NULL
NULL
inside: 4437
outside: 32767
handler(512): silenced but handled [er=4437]
handler(2): Undefined variable $undef2 [er=4437]

1
exceptions are not silenced: Division by zero
1
[null,"ok"]
