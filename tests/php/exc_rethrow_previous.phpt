--TEST--
exceptions: nested rethrow, wrapping with previous, getPrevious chains and __toString of chained exceptions
--FILE--
<?php
function lvl3() { throw new InvalidArgumentException('bottom', 3); }
function lvl2() { try { lvl3(); } catch (Exception $e) { throw new RuntimeException('middle', 2, $e); } }
function lvl1() { try { lvl2(); } catch (RuntimeException $e) { throw $e; } }
try { lvl1(); } catch (Exception $e) {
  for ($x = $e; $x; $x = $x->getPrevious()) echo get_class($x), " ", $x->getMessage(), " code=", $x->getCode(), " line=", $x->getLine(), "\n"; }
$e = new Exception('outer', 0, new Error('inner'));
echo get_class($e->getPrevious()), "\n";
echo preg_replace('/\S*\.php/', 'FILE', (string)$e), "\n";
--EXPECT--
RuntimeException middle code=2 line=3
InvalidArgumentException bottom code=3 line=2
Error
Error: inner in FILE:7
Stack trace:
#0 {main}

Next Exception: outer in FILE:7
Stack trace:
#0 {main}
