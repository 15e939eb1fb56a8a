<?php
$keep = null;
function mk() { global $keep; $keep = [1, 2, 3]; return $keep; }
function get() { global $keep; return "[" . implode(", ", $keep) . "]"; }
$l = mk();
$l[0] = 100;
$l[] = 4;
echo count($l), " ", $l[0], "\n";
echo get(), "\n";
$copy = $l;
$copy[1] = "x";
echo $l[1], " ", $copy[1], "\n";
