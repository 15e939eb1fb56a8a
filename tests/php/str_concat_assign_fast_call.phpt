--TEST--
A string built by .= and passed by value through the fast user-call path stays the caller's (the callee's .= copies it)
--FILE--
<?php
function f($s) { $s .= "x"; return $s; }
function g(string $s, $t) { $s .= $t; return strlen($s); }
$a = "ab"; $a .= "c";
$b = f($a);
echo $a, " ", $b, "\n";
$c = "q"; $c .= "r";
echo g($c, "zzz"), " ", $c, "\n";
$r = "m"; $r .= "n"; $ref = &$r;
echo f($ref), " ", $r, "\n";
echo strtoupper($a), " ", $a, "\n";
?>
--EXPECT--
abc abcx
5 qr
mnx mn
ABC abc
