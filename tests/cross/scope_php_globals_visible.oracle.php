<?php
$greeting = "hi";
const LIMIT = 3;
define("SEP", "-");
function shout($s) { return strtoupper($s) . "!"; }
function f($who) { global $greeting; return implode(SEP, array_fill(0, LIMIT, shout($greeting))) . ' ' . $who; }
echo f("you"), "\n";
$greeting = "bye";
echo f("all"), "\n";
