<?php
$s = 'naïve café';
echo strlen($s), "\n";
echo strtoupper($s), "\n";
echo substr($s, 0, 3), "|", str_replace("café", "bar", $s), "\n";
echo ucfirst($s), " ", strrev("abc"), "\n";
// Python's len counts code points: the string has 10.
function n($s) { $c = 0; for ($i = 0; $i < strlen($s); $i++) if ((ord($s[$i]) & 0xC0) != 0x80) $c++; return $c; }
echo n($s), "\n";
