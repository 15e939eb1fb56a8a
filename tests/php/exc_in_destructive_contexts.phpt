--TEST--
exceptions: exceptions thrown from array_map callbacks, usort comparators, __toString and nested calls unwind correctly
--FILE--
<?php
function boom($x) { if ($x == 2) throw new Exception("boom at $x"); return $x; }
try { array_map('boom', [1, 2, 3]); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$a = [3, 1, 2];
try { usort($a, function($x, $y) { throw new Exception('cmp'); }); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $a = array_filter($a, function($v) { if ($v == 1) throw new Exception('filter'); return true; }); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
print_r($a);
function depth($n) { if ($n == 0) throw new Exception('deep'); try { depth($n - 1); } finally { echo "unwind $n\n"; } }
try { depth(3); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$r = (function() { try { return array_map(fn($x) => $x ? $x : throw new Exception('arrow throw'), [1, 0]); } catch (Exception $e) { return $e->getMessage(); } })();
var_dump($r);
$v = null; try { $v ?? throw new Exception('coalesce throw'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
boom at 2
cmp
filter
Array
(
    [0] => 3
    [1] => 1
    [2] => 2
)
unwind 1
unwind 2
unwind 3
deep
string(11) "arrow throw"
coalesce throw
