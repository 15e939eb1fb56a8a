--TEST--
generators: two generators delegating to one inner generator: the one whose step lets the inner's exception out gets it, the other a ClosedGeneratorException; a finished generator passed to yield from is an Error
--FILE--
<?php
function inner() { yield 1; return "ret"; }
function outer($g) { $r = yield from $g; echo "got $r\n"; yield 2; }
$i = inner(); foreach ($i as $v) echo "$v\n";
try { foreach (outer($i) as $v) echo "outer $v\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function bad() { yield 1; throw new Exception("x"); }
$b = bad();
$o1 = outer($b); $o2 = outer($b);
echo $o1->current(), $o2->current(), "\n";
try { $o1->next(); } catch (Exception $e) { echo "o1 caught ", get_class($e), ": ", $e->getMessage(), "\n"; }
try { $o2->next(); } catch (Exception $e) { echo "o2 caught ", get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($o1->valid(), $o2->valid());
--EXPECT--
1
Error: Generator passed to yield from was aborted without proper return and is unable to continue
11
o1 caught Exception: x
o2 caught ClosedGeneratorException: Generator yielded from aborted, no return value available
bool(false)
bool(false)
