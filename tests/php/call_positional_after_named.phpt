--TEST--
A positional argument after a named one is a compile error
--FILE--
<?php
function point($x = 0, $y = 0) { return "$x,$y"; }
echo "never\n";
echo point(y: 1, 2);
--EXPECTF--

Fatal error: Cannot use positional argument after named argument in %s on line 4
[exit 255: ]
