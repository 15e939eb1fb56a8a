--TEST--
lex: double-quoted escapes: \n \t \r \v \e \f \\ \$ \" octal, hex, unicode, unknown
--FILE--
<?php
function show($s) { echo bin2hex($s), "\n"; }
show("\n\t\r\v\e\f");
show("\\ \$ \"");
show("\0 \7 \101 \1010 \400 \777");
show("\x41 \x4a \x4 \xg \X41");
show("\u{41} \u{e9} \u{20AC} \u{1F600} \u{0000041}");
show("\a \q \' \u");
show("\$x \{ {\$x}");
$x = 5;
show("\\$x");
show("{$x}\{$x}");
echo "\u{48}\u{69}\n";
echo "tab:\tend\n";
echo strlen("\u{10FFFF}"), "\n";
--EXPECTF--

Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 5

Warning: Octal escape sequence overflow \777 is greater than \377 in %s on line 5
0a090d0b1b0c
5c20242022
0020072041204130200020ff
41204a2004205c78672041
4120c3a920e282ac20f09f98802041
5c61205c71205c27205c75
2478205c7b207b24787d
5c35
355c7b357d
Hi
tab:	end
4
