--TEST--
err: string arguments in stack traces are truncated to 15 bytes and escaped
--FILE--
<?php
function f($s, $t, $u) { throw new Exception("x"); }
try { f("a\n\t\\\x01\xc3\xa9 end of a long string", "short", "exactly15chars!"); }
catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
function g(...$args) { throw new Exception("y"); }
try { g(null, true, false, 1.5, [1], new stdClass, -0.0, PHP_INT_MAX); }
catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
--EXPECTF--
#0 %s(3): f('a\n\t\\\x01\xC3\xA9 end of ...', 'short', 'exactly15chars!')
#1 {main}
#0 %s(6): g(NULL, true, false, 1.5, Array, Object(stdClass), -0.0, 9223372036854775807)
#1 {main}
