--TEST--
strtr's argument forms, empty keys and type errors; vfprintf/fprintf
--FILE--
<?php
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi", "" => "x"]));
var_dump(strtr("abc", ["" => "x"]), strtr("", ["a" => "b"]), strtr("abc", []), strtr("aaa", "aa", "xy"), strtr("abc", "ab", "x"));
var_dump(strtr("abcabc", ["a" => 1, "ab" => 2.5, "abc" => true, "c" => null]));
var_dump(strtr("123", 1, 9), strtr("a1b", [1 => "one"]));
foreach ([["abc", "a"], ["abc", 5], ["abc", ["a" => "b"], "x"], ["abc", null, "x"]] as $a) {
  try { var_dump(strtr(...$a)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { strtr("abc", STDIN, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$f = fopen("php://memory", "w+");
try { vfprintf($f, ["x"], 1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { vfprintf($f, "%s", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(vfprintf($f, "%05.1f|%-4s|%'*6d", [3.14159, "ab", 42]), fprintf($f, "%b %o %X %c", 5, 8, 255, 65));
rewind($f);
var_dump(stream_get_contents($f));
--EXPECTF--

Warning: strtr(): Ignoring replacement of empty string in %s on line 2
string(20) "Hello all, I said hi"

Warning: strtr(): Ignoring replacement of empty string in %s on line 3
string(3) "abc"
string(0) ""
string(3) "abc"
string(3) "yyy"
string(3) "xbc"
string(2) "11"
string(3) "923"
string(5) "aoneb"
strtr(): Argument #2 ($from) must be of type array, string given
strtr(): Argument #2 ($from) must be of type array, string given
strtr(): Argument #2 ($from) must be of type string, array given

Deprecated: strtr(): Passing null to parameter #2 ($from) of type array|string is deprecated in %s on line 7
string(3) "abc"
strtr(): Argument #2 ($from) must be of type array|string, resource given
vfprintf(): Argument #2 ($format) must be of type string, array given
vfprintf(): Argument #3 ($values) must be of type array, string given
int(17)
int(11)
string(28) "003.1|ab  |****42101 10 FF A"
