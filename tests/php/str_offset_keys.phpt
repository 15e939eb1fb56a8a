--TEST--
ops: string offsets by PHP 8.2's rules for reads, ??, isset and writes: leading-integer strings warn
(Illegal string offset), null/bool/float keys cast with a warning, arrays/objects/other strings throw
--FILE--
<?php
$s = "abcdef";
$t = function ($f) { try { var_dump($f()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } };
$t(fn() => $s["2a"]);
$t(fn() => $s[" 2"]);
$t(fn() => $s["2 "]);
$t(fn() => $s["1.5"]);
$t(fn() => $s["x"]);
$t(fn() => $s["1e1"]);
$t(fn() => [isset($s["2a"]), isset($s["x"]), isset($s["1"]), isset($s["1.5"]), isset($s[" 1"])]);
$t(fn() => $s[1.7]);
$t(fn() => $s[true]);
$t(fn() => $s[null]);
$t(fn() => $s[[]]);
$t(function () use ($s) { $s["x"] = "q"; return $s; });
$t(function () use ($s) { $s["3a"] = "Q"; return $s; });
$t(function () use ($s) { $s[1.5] = "Z"; return $s; });
$t(function () use ($s) { $s["1.5"] = "Z"; return $s; });
$t(fn() => $s[-1]);
$t(fn() => $s[10] ?? "dflt");
$t(fn() => $s[10]);
$t(fn() => $s["2a"] ?? "d");
$t(fn() => $s[new stdClass]);
$t(fn() => [$s[[]] ?? "d"]);
$t(fn() => [isset($s[[]]), isset($s[new stdClass]), empty($s["0"]), isset($s[1.2])]);
$t(function () use ($s) { $s[new stdClass] = "q"; return $s; });
$t(function () use ($s) { $s[true] = "T"; return $s; });
--EXPECTF--

Warning: Illegal string offset "2a" in %s on line 4
string(1) "c"
string(1) "c"
string(1) "c"
TypeError: Cannot access offset of type string on string
TypeError: Cannot access offset of type string on string
TypeError: Cannot access offset of type string on string
array(5) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
  [3]=>
  bool(false)
  [4]=>
  bool(true)
}

Warning: String offset cast occurred in %s on line 11
string(1) "b"

Warning: String offset cast occurred in %s on line 12
string(1) "b"

Warning: String offset cast occurred in %s on line 13
string(1) "a"
TypeError: Cannot access offset of type array on string
TypeError: Cannot access offset of type string on string

Warning: Illegal string offset "3a" in %s on line 16
string(6) "abcQef"

Warning: String offset cast occurred in %s on line 17
string(6) "aZcdef"
TypeError: Cannot access offset of type string on string
string(1) "f"
string(4) "dflt"

Warning: Uninitialized string offset 10 in %s on line 21
string(0) ""

Warning: Illegal string offset "2a" in %s on line 22
string(1) "c"
TypeError: Cannot access offset of type stdClass on string
TypeError: Cannot access offset of type array on string

Deprecated: Implicit conversion from float 1.2 to int loses precision in %s on line 25
array(4) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
  [3]=>
  bool(true)
}
TypeError: Cannot access offset of type stdClass on string

Warning: String offset cast occurred in %s on line 27
string(6) "aTcdef"
