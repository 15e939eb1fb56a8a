--TEST--
lex: a trailing numeric separator is a parse error
--FILE--
<?php
echo "x";
$a = 100_;
--EXPECTF--

Parse error: syntax error, unexpected identifier "_" in %s on line 3
[exit 255: ]
