--TEST--
The removed curly-brace offset syntax is a compile-time fatal error
--FILE--
<?php
echo "not reached\n";
$s = "abc";
var_dump($s{1});
--EXPECTF--

Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 4
[exit 255: ]
