--TEST--
namespaces: unqualified function and constant names fall back to global; class names do not
--FILE--
<?php
namespace Space;
function strlen($s) { return "local strlen"; }
echo strlen('x'), " ", \strlen('x'), " ", str_repeat('a', 3), "\n";
echo PHP_INT_SIZE, " ", E_ALL, " ", M_PI > 3 ? 'pi' : '', " ", true ? 'T' : 'F', "\n";
try { new ArrayObject([]); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
var_dump(new \ArrayObject([]) instanceof \Countable);
try { echo UNKNOWN_C; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { unknown_f(); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { echo \Space\UNKNOWN_C; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
var_dump(is_callable('strlen'), is_callable('Space\strlen'));
var_dump(defined('TRUE'), null === NULL, \true);
--EXPECT--
local strlen 1 aaa
8 32767 pi T
Class "Space\ArrayObject" not found
bool(true)
Undefined constant "Space\UNKNOWN_C"
Call to undefined function Space\unknown_f()
Undefined constant "Space\UNKNOWN_C"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
