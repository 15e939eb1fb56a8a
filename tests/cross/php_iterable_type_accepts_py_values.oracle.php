<?php
function total(iterable $xs) { $s = 0; foreach ($xs as $v) $s += $v; return $s; }
function size(array $a) { return count($a); }
function gen() { yield 4; yield 5; }
echo total([1, 2, 3]), " ", total(['a' => 10]), " ", total(gen()), "\n";
echo size([1, 2, 3]), " ", size(['a' => 10]), "\n";
