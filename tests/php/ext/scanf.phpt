--TEST--
sscanf and fscanf: conversions, sets, XPG indexes, by-reference and array forms, ValueErrors
--FILE--
<?php
var_dump(sscanf("age: 25 name: bob", "age: %d name: %s"));
var_dump(sscanf("12 apples", "%d %s %s"));
var_dump(sscanf("", "%d"));
var_dump(sscanf("  ", "%d"));
$n = sscanf("x=0x1F y=017 z=-12", "x=%i y=%i z=%i", $a, $b, $c); var_dump($n, $a, $b, $c);
var_dump(sscanf("-1", "%u"));
var_dump(sscanf("3.14e2xyz 1e+ 2.", "%f%s %e %g"));
var_dump(sscanf("hello world", "%c%c%5c%n"));
var_dump(sscanf("abc123def", "%[a-z]%[0-9]%[^z]"));
var_dump(sscanf("a-b]c", "%[]a-]%[-b]"));
var_dump(sscanf("12 34", "%2\$d %1\$d"));
var_dump(sscanf("12 34", "%*d %d"));
var_dump(sscanf("ff FF 777", "%x %X %o"));
foreach (["%d %2\$d", "%q", "%[abc", "%1\$d %1\$d", "%3\$d"] as $f) {
  try { var_dump(sscanf("1 2", $f)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { var_dump(sscanf("1 2", "%d", $x, $y)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(sscanf("1 2", "%d %d %d", $x)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(sscanf("1", "%d %d", $p, $q), $p, $q);
var_dump(sscanf("", "%d %d", $p, $q));
var_dump(sscanf("abc", "abd"));
var_dump(sscanf("12345678901234567890", "%d"));
var_dump(sscanf("42%", "%d%%"));
var_dump(sscanf("0x", "%x%s"));
var_dump(sscanf("\n", " %e"), sscanf("  ", "\t%d"), sscanf(" 5", " %d"));
$dir = sys_get_temp_dir() . "/scanf-" . getmypid() . "-" . uniqid();
mkdir($dir);
file_put_contents("$dir/in.txt", "alice 30 1.5\nbob 25 2.25\n\nlast");
$fp = fopen("$dir/in.txt", "r");
while (($r = fscanf($fp, "%s %d %f")) !== false) var_dump($r);
rewind($fp);
var_dump(fscanf($fp, "%s %d", $name, $age), $name, $age);
fclose($fp);
unlink("$dir/in.txt");
rmdir($dir);
--EXPECT--
array(2) {
  [0]=>
  int(25)
  [1]=>
  string(3) "bob"
}
array(3) {
  [0]=>
  int(12)
  [1]=>
  string(6) "apples"
  [2]=>
  NULL
}
NULL
NULL
int(3)
int(31)
int(15)
int(-12)
array(1) {
  [0]=>
  string(20) "18446744073709551615"
}
array(4) {
  [0]=>
  float(314)
  [1]=>
  string(3) "xyz"
  [2]=>
  float(1)
  [3]=>
  NULL
}
array(4) {
  [0]=>
  string(1) "h"
  [1]=>
  string(1) "e"
  [2]=>
  string(3) "llo"
  [3]=>
  int(5)
}
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(3) "123"
  [2]=>
  string(3) "def"
}
array(2) {
  [0]=>
  string(2) "a-"
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  int(34)
  [1]=>
  int(12)
}
array(1) {
  [0]=>
  int(34)
}
array(3) {
  [0]=>
  int(255)
  [1]=>
  int(255)
  [2]=>
  int(511)
}
cannot mix "%" and "%n$" conversion specifiers
Bad scan conversion character "q"
Unmatched [ in format string
Variable is assigned by multiple "%n$" conversion specifiers
array(3) {
  [0]=>
  NULL
  [1]=>
  NULL
  [2]=>
  int(1)
}
Variable is not assigned by any conversion specifiers
Different numbers of variable names and field specifiers
int(1)
int(1)
NULL
int(-1)
array(0) {
}
array(1) {
  [0]=>
  int(9223372036854775807)
}
array(1) {
  [0]=>
  int(42)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(1) "x"
}
NULL
NULL
array(1) {
  [0]=>
  int(5)
}
array(3) {
  [0]=>
  string(5) "alice"
  [1]=>
  int(30)
  [2]=>
  float(1.5)
}
array(3) {
  [0]=>
  string(3) "bob"
  [1]=>
  int(25)
  [2]=>
  float(2.25)
}
NULL
array(3) {
  [0]=>
  string(4) "last"
  [1]=>
  NULL
  [2]=>
  NULL
}
int(2)
string(5) "alice"
int(30)
