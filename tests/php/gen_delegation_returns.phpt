--TEST--
generators: return values through nested yield from, generators declared with iterable/Generator return types, and sending into a delegate
--FILE--
<?php
function leaf(int $n): Generator { $sum = 0; for ($i = 1; $i <= $n; $i++) { $sum += yield $i; } return $sum; }
function mid(): Generator { $a = yield from leaf(2); $b = yield from leaf(1); return [$a, $b]; }
function top(): iterable { $r = yield from mid(); yield 'result' => $r; }
$g = top(); $out = [];
for ($g->current(); $g->valid(); $g->send(10)) $out[] = $g->key() . '=' . json_encode($g->current());
echo implode(' ', $out), "\n";
$m = mid(); foreach ($m as $v) {} var_dump($m->getReturn());
function typed(): Generator { return 5; yield; }
$t = typed(); var_dump($t->valid(), $t->getReturn());
--EXPECT--
0=1 1=2 0=1 result=[20,10]
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(0)
}
bool(false)
int(5)
