--TEST--
set_error_handler/restore_error_handler, handlers that throw, trigger_error levels, error_reporting masks and inside @, E_USER_ERROR is fatal
--FILE--
<?php
function handler($no, $str, $file, $line) { echo "handler($no): $str at line $line\n"; return true; }
$old = set_error_handler('handler');
var_dump($old);
echo $undef1;
$a = [];
echo $a['nokey'];
trigger_error("custom notice");
trigger_error("custom warning", E_USER_WARNING);
echo @$undef2, "|\n";
var_dump(error_reporting());
var_dump(@error_reporting());
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
try { echo $undef3; echo "not here\n"; } catch (ErrorException $e) { echo "caught: ", $e->getMessage(), "\n"; }
try { $x = [] ; $y = $x['k'] . "z"; echo "not here\n"; } catch (ErrorException $e) { echo "caught: ", $e->getMessage(), "\n"; }
restore_error_handler();
echo $undef4;
restore_error_handler();
echo $undef5;
set_error_handler(fn() => false);
echo $undef6;
restore_error_handler();
error_reporting(E_ALL & ~E_WARNING);
echo $undef7;
trigger_error("dep", E_USER_DEPRECATED);
error_reporting(E_ALL);
try { trigger_error("x", 12345); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
set_exception_handler(function ($e) { echo "exception handler: ", $e->getMessage(), "\n"; });
trigger_error("fatal one", E_USER_ERROR);
echo "not reached\n";
--EXPECTF--
NULL
handler(2): Undefined variable $undef1 at line 5
handler(2): Undefined array key "nokey" at line 7
handler(1024): custom notice at line 8
handler(512): custom warning at line 9
handler(2): Undefined variable $undef2 at line 10
|
int(32767)
int(4437)
caught: Undefined variable $undef3
caught: Undefined array key "k"
handler(2): Undefined variable $undef4 at line 17

Warning: Undefined variable $undef5 in %s on line 19

Warning: Undefined variable $undef6 in %s on line 21

Deprecated: dep in %s on line 25
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED

Fatal error: fatal one in %s on line 29
[exit 255: ]
