<?php
function cmp($a, $b) { return (strlen($a) <=> strlen($b)) ?: ($a <=> $b); }
$words = ["pear", "fig", "banana", "kiwi", "apple", "date"];
usort($words, 'cmp');
echo implode(" ", $words), "\n";
function rank($w) { return strtoupper($w[0]) . strlen($w); }
echo implode(" ", array_map('rank', $words)), "\n";
uasort($words, function ($a, $b) { return $b <=> $a; });
print_r($words);
