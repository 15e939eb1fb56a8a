--TEST--
lex: a heredoc body line indented less than the closing marker is a parse error
--FILE--
<?php
echo "x";
$s = <<<EOT
    ok
  less
    EOT;
--EXPECTF--

Parse error: Invalid body indentation level (expecting an indentation level of at least 4) in %s on line 5
[exit 255: ]
