<?php
class Person { function __construct(public $name, public $age) {} }
$people = [];
foreach ([["zoe", 31], ["al", 45], ["mo", 22], ["bo", 31]] as [$n, $a]) $people[] = new Person($n, $a);
usort($people, fn($x, $y) => [$x->age, $x->name] <=> [$y->age, $y->name]);
foreach ($people as $p) echo $p->name, " ", $p->age, "\n";
$names = array_map(fn($p) => $p->name, array_filter($people, fn($p) => $p->age > 30));
echo implode(",", $names), "\n";
