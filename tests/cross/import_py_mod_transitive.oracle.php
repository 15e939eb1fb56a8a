<?php
require __DIR__ . "/modules/stats.php";
function word_lengths($text) { return array_map('strlen', explode(" ", $text)); }
function length_report($text) {
    $lens = word_lengths($text);
    $med = stats_median($lens);
    return sprintf("words=%d mean=%.2f median=%s", count($lens), stats_mean($lens), $med);
}
echo length_report("the quick brown fox jumps over the lazy dog"), "\n";
$lens = word_lengths("a bb ccc");
echo count($lens), " ", $lens[2], "\n";
