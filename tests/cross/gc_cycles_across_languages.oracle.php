<?php
class PNode { public $peer; public $payload; }
class Node { public $peer = null; public $payload; function __construct() { $this->payload = range(0, 49); } }
$live = [];
for ($i = 0; $i < 3000; $i++) {
    $p = new PNode;
    $q = new Node();
    $p->peer = $q;
    $q->peer = $p;
    $p->payload = str_repeat("x", 100);
    if ($i % 100 == 0) $live[] = $p;
}
gc_collect_cycles();
$s = 0;
foreach ($live as $p) $s += count($p->peer->payload) + strlen($p->peer->peer->payload);
echo count($live), " ", $s, "\n";
