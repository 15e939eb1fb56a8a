--TEST--
conv: null in arithmetic, concatenation, comparison, ?? and ?->, and deprecations for null to builtins
--FILE--
<?php
$n = null;
var_dump($n + 1, $n . "x", $n == 0, $n === 0, $n < 1, $n == "", $n == []);
var_dump($n ?? "default", $undefined ?? "undef-default", $n?->foo, $n?->bar());
$a = ['k' => null];
var_dump(isset($a['k']), array_key_exists('k', $a), $a['k'] ?? 'dflt');
var_dump(strlen(null));
var_dump(str_repeat("ab", 2) . null);
$x = null;
$x ??= 5;
$x ??= 6;
var_dump($x);
var_dump(-null, !null, null <=> false);
$arr = null;
$arr[] = 1;
var_dump($arr);
$s = null;
$s .= "appended";
var_dump($s);
$i = null;
$i++;
var_dump($i);
$j = null;
$j--;
var_dump($j);
--EXPECTF--
int(1)
string(1) "x"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(7) "default"
string(13) "undef-default"
NULL
NULL
bool(false)
bool(true)
string(4) "dflt"

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 7
int(0)
string(4) "abab"
int(5)
int(0)
bool(true)
int(0)
array(1) {
  [0]=>
  int(1)
}
string(8) "appended"
int(1)
NULL
