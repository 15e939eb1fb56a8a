--TEST--
.= on a variable whose string escaped through func_get_args, backtraces, compact, $GLOBALS, extract, destructuring, properties and builtins
--FILE--
<?php
function f($a) {
    $a .= "1";
    $a .= "2";
    $args = func_get_args();
    $bt = debug_backtrace();
    $vars = get_defined_vars();
    $c = compact('a');
    $a .= "3";
    var_dump($args, $vars['a'], $c, $a);
    return $a;
}
f("p");
function thrower($m) { $m .= "x"; $m .= "y"; throw new Exception($m); }
try { $q = "m"; $q .= "n"; thrower($q); } catch (Exception $e) { var_dump($e->getMessage()); }
$g = "glob";
$g .= "al";
$copy = $GLOBALS['g'];
$g .= "!";
var_dump($copy, $g);
$s = "ex";
$s .= "tr";
extract(['s2' => $s]);
$s .= "a";
var_dump($s2, $s);
$s = "sw";
$s .= "itch";
$arr = [1, 2];
[$x, $y] = [$s, $s];
$s .= "!";
var_dump($x, $y, $s);
$s = "key";
$s .= "1";
$o = new stdClass;
$o->{$s} = $s;
$s .= "2";
var_dump($o);
$s = "st";
$s .= "r";
$t = $s ?: "no";
$s .= "ing";
var_dump($t, $s);
$s = "ab";
$s .= "c";
$u = match(true) { default => $s };
$s .= "d";
var_dump($u, $s);
$s = "sp";
$s .= "l";
$fa = new SplFixedArray(1);
$fa[0] = $s;
$ao = new ArrayObject([]);
$ao[] = $s;
$s .= "x";
var_dump($fa[0], $ao[0]);
$s = "ser";
$s .= "ial";
$z = unserialize(serialize($s));
$s .= "!";
var_dump($z);
$s = "str";
$s .= "val";
$w = strval($s);
$s .= "!";
var_dump($w);
$s = "id";
$s .= "x";
$k = (string)$s;
$s .= "!";
var_dump($k);
$s = "mi";
$s .= "x";
$l = "$s";
$m2 = $s . "";
$s .= "!";
var_dump($l, $m2);
--EXPECT--
array(1) {
  [0]=>
  string(3) "p12"
}
string(3) "p12"
array(1) {
  ["a"]=>
  string(3) "p12"
}
string(4) "p123"
string(4) "mnxy"
string(6) "global"
string(7) "global!"
string(4) "extr"
string(5) "extra"
string(6) "switch"
string(6) "switch"
string(7) "switch!"
object(stdClass)#2 (1) {
  ["key1"]=>
  string(4) "key1"
}
string(3) "str"
string(6) "string"
string(3) "abc"
string(4) "abcd"
string(3) "spl"
string(3) "spl"
string(6) "serial"
string(6) "strval"
string(3) "idx"
string(3) "mix"
string(3) "mix"
