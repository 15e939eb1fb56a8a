--TEST--
exceptions: finally with break, continue and return in nested loops, and a return in try skipped by a later exception
--FILE--
<?php
function loops() {
  $out = [];
  for ($i = 0; $i < 3; $i++) {
    foreach (['a', 'b'] as $s) {
      try { if ($s === 'b' && $i === 1) continue 2; if ($i === 2) break 2; $out[] = "$i$s"; }
      finally { $out[] = "f$i$s"; } } }
  return implode(' ', $out); }
echo loops(), "\n";
function nested() { try { try { return 'inner'; } finally { echo "inner finally\n"; } } finally { echo "outer finally\n"; } }
echo nested(), "\n";
function overrideByThrow() { try { return 'try'; } finally { throw new Exception('from finally'); } }
try { overrideByThrow(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function genFinally() { foreach ([1, 2] as $x) { try { return $x; } finally { echo "finally $x\n"; } } }
echo genFinally(), "\n";
--EXPECT--
0a f0a 0b f0b 1a f1a f1b f2a
inner finally
outer finally
inner
from finally
finally 1
1
