--TEST--
generators: yield from is a compile error in a by-reference generator
--FILE--
<?php
function &outer() { yield from [1]; }
--EXPECTF--

Fatal error: Cannot use "yield from" inside a by-reference generator in %s on line 2
[exit 255: ]
