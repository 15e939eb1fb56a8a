--TEST--
the @ operator hides warnings of the expression and its calls, ends when an exception leaves it
--FILE--
<?php
function warn() { echo $undefined; return "warned"; }
function thrower() { throw new Exception("boom"); }
echo @warn(), "\n";
echo @$nope, "|\n";
$a = [];
echo @$a['missing'], "|\n";
try { @thrower(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
echo $afterwards;   // silence ended: this warns
echo @file_get_contents('/nonexistent/file') === false ? "false\n" : "?\n";
$x = @(1 + $undef2);
echo $x, "\n";
--EXPECTF--
warned
|
|
caught boom

Warning: Undefined variable $afterwards in %s on line 9
false
1
