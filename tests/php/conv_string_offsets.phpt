--TEST--
conv: string offsets: reading, negative offsets, writing, padding, invalid offsets and their messages
--FILE--
<?php
$s = "hello";
echo $s[0], $s[-1], $s[4], "\n";
echo $s["1"], "\n";
try { echo $s["x"], "\n"; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo $s[1.7], "\n";
echo $s[true], "\n";
$t = "abc";
$t[1] = 'X';
$t[5] = 'Y';
var_dump($t);
$t[-1] = 'Z';
var_dump($t);
$u = "abc";
$u[0] = 'multi';
var_dump($u);
try { $u[0] = ''; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $u[-10] = 'q'; } catch (Error $e) { echo "never\n"; }
var_dump($u);
echo "abc"[1], "\n";
echo "xyz"[-1], "\n";
$e = "";
var_dump(isset($e[0]), $e[0] ?? 'empty');
--EXPECTF--
hoo
e
TypeError: Cannot access offset of type string on string

Warning: String offset cast occurred in %s on line 6
e

Warning: String offset cast occurred in %s on line 7
e
string(6) "aXc  Y"
string(6) "aXc  Z"

Warning: Only the first byte will be assigned to the string offset in %s on line 15
string(3) "mbc"
Cannot assign an empty string to a string offset

Warning: Illegal string offset -10 in %s on line 18
string(3) "mbc"
b
z
bool(false)
string(5) "empty"
