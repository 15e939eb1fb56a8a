--TEST--
lex: an invalid digit in an octal literal is a parse error
--FILE--
<?php
echo "x";
$a = 0128;
--EXPECTF--

Parse error: Invalid numeric literal in %s on line 3
[exit 255: ]
