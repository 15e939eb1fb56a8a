--TEST--
lex: keywords, true/false/null and builtin names are case-insensitive
--FILE--
<?php
FUNCTION Foo($X) { RETURN $X * 2; }
ECHO foo(2), "\n";
IF (TRUE) { Echo "if\n"; } ELSEIF (False) { } ELSE { }
$i = 0;
WHILE ($i < 2) { $i++; }
echo $i, "\n";
ForEach ([1, 2] AS $V) { PRINT $V; }
echo "\n";
var_dump(NULL, Null, TRUE, fAlSe);
var_dump(STRLEN("abc"), Is_Int(1));
$f = FN($z) => $z + 1;
echo $f(1), "\n";
SWITCH (1) { CASE 1: echo "case\n"; BREAK; DEFAULT: echo "default\n"; }
echo MATCH (2) { 1 => "one", 2 => "two", DEFAULT => "other" }, "\n";
var_dump(1 AND 0, 1 OR 0, 1 XOR 1);
var_dump(new STDCLASS instanceof stdClass);
--EXPECT--
4
if
2
12
NULL
NULL
bool(true)
bool(false)
int(3)
bool(true)
2
case
two
bool(false)
bool(true)
bool(false)
bool(true)
