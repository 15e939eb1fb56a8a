<?php
function scribble($a) { $a[0] = "scribbled"; $a[] = "more"; return count($a); }
function mk() { return ['a', 'b']; }
$l = mk();
echo scribble($l), "\n";
echo count($l), " ", $l[0], "\n";
function check($x) { return "['" . implode("', '", $x) . "']"; }
echo check($l), "\n";
