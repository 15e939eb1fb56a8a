--TEST--
the first instantiation of a class evaluates all its constant expressions (an error in one surfaces at new); __METHOD__ in a class constant or property default is empty
--FILE--
<?php
class Fine { const A = 1 + 2; const M = __METHOD__; public $p = __METHOD__; function m() { return __METHOD__; } }
$f = new Fine;
var_dump(Fine::A, Fine::M, $f->p, $f->m());
class Lazy { const OK = 1; const BAD = Missing::VALUE; }
echo Lazy::OK, "\n";
try { new Lazy; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
int(3)
string(0) ""
string(0) ""
string(7) "Fine::m"
1
Error: Class "Missing" not found
