--TEST--
lex: an invalid \u{} escape is a compile error
--FILE--
<?php
echo "before\n";
$s = "\u{110000}";
--EXPECTF--

Parse error: Invalid UTF-8 codepoint escape sequence: Codepoint too large in %s on line 3
[exit 255: ]
