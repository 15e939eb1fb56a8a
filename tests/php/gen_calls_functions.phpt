--TEST--
generators: the generator's own frame calls user functions, methods and closures on every resume (a callee's result slot lies in the generator's frame, outside the frame stack)
--FILE--
<?php
function add($a, $b) { return $a + $b; }
function twice($x) { return add($x, $x); }
function gen($n) { for ($i = 0; $i < $n; $i++) yield add($i, 10) => twice($i); }
foreach (gen(5) as $k => $v) echo "$k => $v\n";
class Acc { private $t = 0; function push($x) { $this->t += $x; return $this->t; } }
function running(Acc $a, array $xs) { foreach ($xs as $x) { $r = $a->push($x); yield $r; } return $a->push(0); }
$g = running(new Acc, range(1, 6));
foreach ($g as $r) echo $r, " ";
echo "| ", $g->getReturn(), "\n";
function outer() { $sq = fn($x) => $x * $x; for ($i = 1; $i <= 3; $i++) { yield from inner($sq($i)); } }
function inner($m) { for ($j = 0; $j < 2; $j++) yield add($m, $j); }
echo implode(",", iterator_to_array(outer(), false)), "\n";
$s = 0;
foreach (gen(2000) as $k => $v) $s = add($s, $k - $v);
echo $s, "\n";
$g = (function () { $x = yield add(1, 2); while (true) { $x = yield twice($x); } })();
echo $g->current(), " ", $g->send(5), " ", $g->send(7), "\n";
--EXPECT--
10 => 0
11 => 2
12 => 4
13 => 6
14 => 8
1 3 6 10 15 21 | 21
1,2,4,5,9,10
-1979000
3 10 14
