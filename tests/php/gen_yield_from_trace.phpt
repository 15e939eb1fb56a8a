--TEST--
generators: an exception thrown in a delegate of yield from has the delegating generators in its trace (next(), throw(), foreach, an Iterator delegate)
--FILE--
<?php
function leaf() { yield 1; throw new Exception("leaf"); }
function middle($g) { yield from $g; }
function top($g) { yield from $g; }
function show(Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
$t = top(middle(leaf()));
$t->current();
try { $t->next(); } catch (Exception $e) { show($e); }
function catcher() { yield 1; }
$t = top(catcher());
$t->current();
try { $t->throw(new LogicException("thrown in")); } catch (Exception $e) { show($e); }
class Keys extends ArrayIterator {
    public function key(): string|int|null { $k = parent::key(); if ($k === 1) throw new RuntimeException("key"); return $k; }
}
try { foreach (top(new Keys([5, 6])) as $k => $v) echo "$k => $v\n"; } catch (Exception $e) { show($e); }
--EXPECTF--
Exception: leaf
#0 %s(3): leaf()
#1 %s(4): middle(Object(Generator))
#2 [internal function]: top(Object(Generator))
#3 %s(8): Generator->next()
#4 {main}
LogicException: thrown in
#0 {main}
0 => 5
RuntimeException: key
#0 %s(4): Keys->key()
#1 %s(16): top(Object(Keys))
#2 {main}
