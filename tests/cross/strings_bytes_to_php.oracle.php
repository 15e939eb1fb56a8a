<?php
function hex($s) { $h = ""; for ($i = 0; $i < strlen($s); $i++) $h .= sprintf("%02x", ord($s[$i])); return $h; }
function f() { return ['abc', 'abc', 'é', "\xe9\x00z", '日本']; }
foreach (f() as $s) {
    echo gettype($s), " ", strlen($s), " ", hex($s), "\n";
}
function g($s) { return strtoupper($s); }
echo g("mixed Case"), "\n";
function h($b) { return strrev($b); }
echo hex(h("\x01\x02\xff")), "\n";
