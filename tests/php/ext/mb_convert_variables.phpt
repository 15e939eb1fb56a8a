--TEST--
mb_convert_variables: strings in nested arrays and objects converted in place, the from-encoding detected from a list, errors
--INI--
extension=mbstring
--FILE--
<?php
$a = "caf\xe9"; $b = ["x" => "na\xefve", "n" => [1, "\xe0 la"], 5];
var_dump(mb_convert_variables('UTF-8', 'ISO-8859-1', $a, $b), $a, $b);
$lines = ["abc", "déjà"]; var_dump(mb_convert_variables('ASCII', 'utf8', $lines), $lines);
$u = "ok"; var_dump(mb_convert_variables('UTF-8', 'ASCII,UTF-8', $u), $u);
$u = "é"; var_dump(mb_convert_variables('ISO-8859-1', ['ASCII', 'UTF-8'], $u), bin2hex($u));
$o = new stdClass; $o->p = "\xe9"; $o->q = 3; var_dump(mb_convert_variables('UTF-8', 'ISO-8859-1', $o), $o);
try { mb_convert_variables('bogus', 'UTF-8', $u); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_convert_variables('UTF-8', 'bogus', $u); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$bad = "\xff\xfe"; var_dump(mb_convert_variables('UTF-8', 'ASCII,UTF-8', $bad));
--EXPECTF--
string(10) "ISO-8859-1"
string(5) "café"
array(3) {
  ["x"]=>
  string(6) "naïve"
  ["n"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(5) "à la"
  }
  [0]=>
  int(5)
}
string(5) "UTF-8"
array(2) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(4) "d?j?"
}
string(5) "ASCII"
string(2) "ok"
string(5) "UTF-8"
string(2) "e9"
string(10) "ISO-8859-1"
object(stdClass)#1 (2) {
  ["p"]=>
  string(2) "é"
  ["q"]=>
  int(3)
}
mb_convert_variables(): Argument #1 ($to_encoding) must be a valid encoding, "bogus" given
mb_convert_variables(): Argument #2 ($from_encoding) contains invalid encoding "bogus"

Warning: mb_convert_variables(): Unable to detect encoding in %s on line 10
bool(false)
