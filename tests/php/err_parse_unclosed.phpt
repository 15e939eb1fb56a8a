--TEST--
err: an unclosed brace at the end of the file is a parse error on the last line
--FILE--
<?php
function f() {
    echo "x";
--EXPECTF--

Parse error: Unclosed '{' on line 2 in %s on line 4
[exit 255: ]
