--TEST--
string offset writes: padding, negative offsets, first byte only, PHP's errors for [], empty strings, nested and compound writes; in properties and array elements
--FILE--
<?php
$s = "abc"; $s[1] = 'X'; echo $s, "\n";
$s[5] = 'Y'; var_dump($s);
$s[-1] = 'Z'; echo $s, "\n";
$s[0] = 'long'; echo $s, "\n";
try { $s[0] = ''; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s[] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s['x'] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s['1'] = 'N'; echo $s, "\n";
$s[-20] = 'q'; echo $s, "\n";
$s[1.7] = 'F'; echo $s, "\n";
try { $s[0][0] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class O { public $p = "hello"; }
$o = new O; $o->p[0] = 'J'; echo $o->p, "\n";
$arr = ['k' => 'world']; $arr['k'][0] = 'W'; echo $arr['k'], "\n";
$n = 5; $s2 = "xyz"; $s2[1] = $n; echo $s2, "\n";
try { $s3 = "abc"; $s3[0] .= 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s4 = "abc"; $s4[0]++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
aXc
string(6) "aXc  Y"
aXc  Z

Warning: Only the first byte will be assigned to the string offset in %s on line 5
lXc  Z
Error: Cannot assign an empty string to a string offset
Error: [] operator not supported for strings
TypeError: Cannot access offset of type string on string
lNc  Z

Warning: Illegal string offset -20 in %s on line 10
lNc  Z

Warning: String offset cast occurred in %s on line 11
lFc  Z
Error: Cannot use string offset as an array
Jello
World
x5z
Error: Cannot use assign-op operators with string offsets
Error: Cannot increment/decrement string offsets
