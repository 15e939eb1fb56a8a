--TEST--
parse_error: a syntax error is reported as php-cli reports it, exit status 255
--FILE--
<?php
echo "before";
$x = 1 +;
--EXPECTF--

Parse error: syntax error, unexpected token ";" in %s on line 3
[exit 255: ]
