<?php
// Reference cycles through objects of both languages; the survivors stay intact after collections.
class PNode { public $peer; public $payload; }
$m = compile_py_mod("cyc", "class Node:\n    def __init__(self):\n        self.peer = None\n        self.payload = list(range(50))\n");
$live = [];
for ($i = 0; $i < 3000; $i++) {
    $p = new PNode;
    $q = $m->Node();
    $p->peer = $q;
    $q->peer = $p;
    $p->payload = str_repeat("x", 100);
    if ($i % 100 == 0) $live[] = $p;
}
gc_collect_cycles();
$s = 0;
foreach ($live as $p) $s += count($p->peer->payload) + strlen($p->peer->peer->payload);
echo count($live), " ", $s, "\n";
