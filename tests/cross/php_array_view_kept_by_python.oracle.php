<?php
$saved = null;
function save(&$a) { global $saved; $saved = &$a; }
function poke() { global $saved; $saved['poked'] = true; }
function size() { global $saved; return count($saved); }
$arr = ['a' => 1];
save($arr);
$arr['b'] = 2;
echo size(), "\n";
poke();
echo count($arr), " ", implode(",", array_keys($arr)), "\n";
