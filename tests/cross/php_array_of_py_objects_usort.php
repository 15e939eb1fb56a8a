<?php
// A PHP array of Python objects sorted by PHP's usort on a Python attribute.
$m = compile_py_mod("people", "class Person:\n    def __init__(self, name, age):\n        self.name = name\n        self.age = age\n");
$people = [];
foreach ([["zoe", 31], ["al", 45], ["mo", 22], ["bo", 31]] as [$n, $a]) $people[] = $m->Person($n, $a);
usort($people, fn($x, $y) => [$x->age, $x->name] <=> [$y->age, $y->name]);
foreach ($people as $p) echo $p->name, " ", $p->age, "\n";
$names = array_map(fn($p) => $p->name, array_filter($people, fn($p) => $p->age > 30));
echo implode(",", $names), "\n";
