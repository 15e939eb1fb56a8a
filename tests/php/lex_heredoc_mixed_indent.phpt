--TEST--
lex: mixing tabs and spaces in heredoc indentation is a parse error
--FILE--
<?php
$s = <<<EOT
	 a
	 EOT;
echo $s, "\n";
$t = <<<EOT
 	b
	 EOT;
--EXPECTF--

Parse error: Invalid indentation - tabs and spaces cannot be mixed in %s on line 3
[exit 255: ]
