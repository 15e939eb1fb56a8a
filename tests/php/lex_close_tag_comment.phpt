--TEST--
lex: ?> inside a // or # comment ends PHP mode, but not inside /* */ or strings
--FILE--
<?php
echo "one\n"; // comment ?> html after line comment
<?php
echo "two\n"; # hash comment ?> html after hash
<?php
/* block ?> not a close tag */ echo "three\n";
echo "four ?> in string\n";
#[Attr] function f() { return "attr is not a comment"; }
echo f(), "\n";
// a comment ending at the file end without newline
echo "five\n";
# comment
/** doc comment */
/* multi
   line */ echo "six\n";
?>
trailing html
--EXPECT--
one
 html after line comment
two
 html after hash
three
four ?> in string
attr is not a comment
five
six
trailing html
