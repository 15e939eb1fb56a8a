--TEST--
lex: casts allow spaces and tabs inside the parentheses and any case; aliases
--FILE--
<?php
var_dump((int) "12abc" === 12 ? "ok" : "no");
var_dump(( int )"7");
var_dump((	INTEGER	)"8");
var_dump((Bool) 1, (boolean) 0);
var_dump((float) "1.5", (double) "2.5");
var_dump(( string )42);
var_dump((ARRAY) "a");
var_dump((object) ['p' => 1]);
var_dump((binary) "bin");
$x = 3;
var_dump((int)$x + (int)"4");
var_dump((string)(int)"5x" . "!");
--EXPECT--
string(2) "ok"
int(7)
int(8)
bool(true)
bool(false)
float(1.5)
float(2.5)
string(2) "42"
array(1) {
  [0]=>
  string(1) "a"
}
object(stdClass)#1 (1) {
  ["p"]=>
  int(1)
}
string(3) "bin"
int(7)
string(2) "5!"
