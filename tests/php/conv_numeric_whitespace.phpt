--TEST--
conv: numeric strings with leading and trailing whitespace (PHP 8), is_numeric, int casts
--FILE--
<?php
$strs = ["1", " 1", "1 ", " 1 ", "\t1\n", "\n1", "1\r\n", "1 a", ".5", "5.", "-.5e3", "+1", "- 1", "1e", "0x1", "1_000", "", " ", "\v1", "\f1", "1\0"];
foreach ($strs as $s) {
    $e = json_encode($s);
    echo str_pad($e, 10), " is_numeric=", var_export(is_numeric($s), true),
        " int=", (int)$s, " float=", var_export((float)$s, true), " ==1: ", var_export($s == 1, true), "\n";
}
var_dump("1 " + 1);
var_dump(" 1" == "1");
var_dump("1 " == "1");
var_dump("abc" <=> " abc");
var_dump(intval(" 42  "), intval("42abc"), intval("0b11", 0), intval("0x1f", 16), intval("012", 0), intval("12", 5));
--EXPECT--
"1"        is_numeric=true int=1 float=1.0 ==1: true
" 1"       is_numeric=true int=1 float=1.0 ==1: true
"1 "       is_numeric=true int=1 float=1.0 ==1: true
" 1 "      is_numeric=true int=1 float=1.0 ==1: true
"\t1\n"    is_numeric=true int=1 float=1.0 ==1: true
"\n1"      is_numeric=true int=1 float=1.0 ==1: true
"1\r\n"    is_numeric=true int=1 float=1.0 ==1: true
"1 a"      is_numeric=false int=1 float=1.0 ==1: false
".5"       is_numeric=true int=0 float=0.5 ==1: false
"5."       is_numeric=true int=5 float=5.0 ==1: false
"-.5e3"    is_numeric=true int=-500 float=-500.0 ==1: false
"+1"       is_numeric=true int=1 float=1.0 ==1: true
"- 1"      is_numeric=false int=0 float=0.0 ==1: false
"1e"       is_numeric=false int=1 float=1.0 ==1: false
"0x1"      is_numeric=false int=0 float=0.0 ==1: false
"1_000"    is_numeric=false int=1 float=1.0 ==1: false
""         is_numeric=false int=0 float=0.0 ==1: false
" "        is_numeric=false int=0 float=0.0 ==1: false
"\u000b1"  is_numeric=true int=1 float=1.0 ==1: true
"\f1"      is_numeric=true int=1 float=1.0 ==1: true
"1\u0000"  is_numeric=false int=1 float=1.0 ==1: false
int(2)
bool(true)
bool(true)
int(1)
int(42)
int(42)
int(3)
int(31)
int(10)
int(7)
