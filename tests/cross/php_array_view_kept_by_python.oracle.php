<?php
class keepm { public static $saved = null; }
function save(&$a) { keepm::$saved = &$a; }
function poke() { keepm::$saved['poked'] = true; }
function size() { return count(keepm::$saved); }
$arr = ['a' => 1];
save($arr);
$arr['b'] = 2;
echo size(), "\n";
poke();
echo count($arr), " ", implode(",", array_keys($arr)), "\n";
