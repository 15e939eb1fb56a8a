--TEST--
parse_ini_string and parse_ini_file: sections, arrays, NORMAL/RAW/TYPED modes, expressions, syntax errors
--FILE--
<?php
define("MYC", "constval");
$ini = <<<'INI'
; comment
plain = hello world   
quoted = "quoted ; not comment"
single = 'single $x \n'
num = 42
neg = -7
flt = 1.5
hex = 0x1A
oct = 0755
t1 = true
t2 = On
t3 = yes
f1 = false
f2 = off
f3 = no
f4 = none
n1 = null
empty =
const = MYC
expr = E_ALL & ~E_NOTICE
or = 1 | 2
paren = (4 | 1) ^ 1
concat = "a" MYC "b"
esc = "tab\there \"q\" back\\slash"
arr[] = one
arr[] = two
map[k1] = v1
map[k2] = v2
bare
dotted.key = d
with space = ws
[Section One]
s1 = 1
[ sec2 ]
inner = "multi
line"
INI;
foreach ([INI_SCANNER_NORMAL, INI_SCANNER_RAW, INI_SCANNER_TYPED] as $m) {
  var_dump(parse_ini_string($ini, false, $m));
  var_dump(parse_ini_string($ini, true, $m));
}
$cases = [
 "a = 1 = 2", "a = \"unterminated", "[sec", "a = (1", "1 = x\n01 = y\n[2]\nz[] = 1\nz[5] = 2\nz[05] = 3\nz[k] = 4",
 "a=b\nc = true story\n", "true = 1", "yes sir = 2", "x = yesterday", "x = on # hash", "k = v ; comment\n; full\n  indented = ok",
 "path = \"C:\\dir\\\"\nnext = 1", "v = \"a\\\$b \\n\"", "f = -1.5e3", "g = .5", "h = 5.", "w = a b   c  ", "e = E_ALL ^ E_DEPRECATED",
 "p = PHP_INT_SIZE > 1", "q = \${HOME_NOT_SET_X}x", "n = !0", "t = ~0", "arr[ x ] = 1\narr[\"q\"] = 2\narr['r'] = 3",
 "[a]\nx=1\n[b]\nx=2\n[a]\ny=3", "s = 'raw ; semi' after", "r = \"quoted ; semi\" ; real", "k\tv", "emptyq = \"\"",
 "num = 9999999999999999999", "neg = -0", "dot = 1.2.3", "mixed = 12abc", "[ weird name ; x ]\nv=1", "x = a\\b", "u = (1|2)&3",
];
foreach ($cases as $c) {
  foreach ([INI_SCANNER_NORMAL, INI_SCANNER_RAW, INI_SCANNER_TYPED] as $m) {
    echo json_encode($c), " mode $m: ";
    var_dump(parse_ini_string($c, true, $m));
  }
}
var_dump(parse_ini_string("a=1", false, 7));
$dir = sys_get_temp_dir() . "/ini-" . getmypid() . "-" . uniqid();
mkdir($dir);
file_put_contents("$dir/t.ini", "[db]\nhost = localhost\nport = 5432\n[flags]\ndebug = on\n");
var_dump(parse_ini_file("$dir/t.ini", true, INI_SCANNER_TYPED), parse_ini_file("$dir/t.ini"));
var_dump(@parse_ini_file("$dir/none.ini"));
try { parse_ini_file(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
unlink("$dir/t.ini"); rmdir($dir);
--EXPECTF--
array(29) {
  ["plain"]=>
  string(11) "hello world"
  ["quoted"]=>
  string(20) "quoted ; not comment"
  ["single"]=>
  string(12) "single $x \n"
  ["num"]=>
  string(2) "42"
  ["neg"]=>
  string(2) "-7"
  ["flt"]=>
  string(3) "1.5"
  ["hex"]=>
  string(4) "0x1A"
  ["oct"]=>
  string(4) "0755"
  ["t1"]=>
  string(1) "1"
  ["t2"]=>
  string(1) "1"
  ["t3"]=>
  string(1) "1"
  ["f1"]=>
  string(0) ""
  ["f2"]=>
  string(0) ""
  ["f3"]=>
  string(0) ""
  ["f4"]=>
  string(0) ""
  ["n1"]=>
  string(0) ""
  ["empty"]=>
  string(0) ""
  ["const"]=>
  string(8) "constval"
  ["expr"]=>
  string(5) "32759"
  ["or"]=>
  string(1) "3"
  ["paren"]=>
  string(1) "4"
  ["concat"]=>
  string(10) "aconstvalb"
  ["esc"]=>
  string(24) "tab\there "q" back\slash"
  ["arr"]=>
  array(2) {
    [0]=>
    string(3) "one"
    [1]=>
    string(3) "two"
  }
  ["map"]=>
  array(2) {
    ["k1"]=>
    string(2) "v1"
    ["k2"]=>
    string(2) "v2"
  }
  ["dotted.key"]=>
  string(1) "d"
  ["with space"]=>
  string(2) "ws"
  ["s1"]=>
  string(1) "1"
  ["inner"]=>
  string(10) "multi
line"
}
array(29) {
  ["plain"]=>
  string(11) "hello world"
  ["quoted"]=>
  string(20) "quoted ; not comment"
  ["single"]=>
  string(12) "single $x \n"
  ["num"]=>
  string(2) "42"
  ["neg"]=>
  string(2) "-7"
  ["flt"]=>
  string(3) "1.5"
  ["hex"]=>
  string(4) "0x1A"
  ["oct"]=>
  string(4) "0755"
  ["t1"]=>
  string(1) "1"
  ["t2"]=>
  string(1) "1"
  ["t3"]=>
  string(1) "1"
  ["f1"]=>
  string(0) ""
  ["f2"]=>
  string(0) ""
  ["f3"]=>
  string(0) ""
  ["f4"]=>
  string(0) ""
  ["n1"]=>
  string(0) ""
  ["empty"]=>
  string(0) ""
  ["const"]=>
  string(8) "constval"
  ["expr"]=>
  string(5) "32759"
  ["or"]=>
  string(1) "3"
  ["paren"]=>
  string(1) "4"
  ["concat"]=>
  string(10) "aconstvalb"
  ["esc"]=>
  string(24) "tab\there "q" back\slash"
  ["arr"]=>
  array(2) {
    [0]=>
    string(3) "one"
    [1]=>
    string(3) "two"
  }
  ["map"]=>
  array(2) {
    ["k1"]=>
    string(2) "v1"
    ["k2"]=>
    string(2) "v2"
  }
  ["dotted.key"]=>
  string(1) "d"
  ["with space"]=>
  string(2) "ws"
  ["Section One"]=>
  array(1) {
    ["s1"]=>
    string(1) "1"
  }
  [" sec2 "]=>
  array(1) {
    ["inner"]=>
    string(10) "multi
line"
  }
}

Warning: syntax error, unexpected '"' in Unknown on line 36
 in %s on line 42
bool(false)

Warning: syntax error, unexpected '"' in Unknown on line 36
 in %s on line 43
bool(false)
array(29) {
  ["plain"]=>
  string(11) "hello world"
  ["quoted"]=>
  string(20) "quoted ; not comment"
  ["single"]=>
  string(12) "single $x \n"
  ["num"]=>
  int(42)
  ["neg"]=>
  int(-7)
  ["flt"]=>
  float(1.5)
  ["hex"]=>
  string(4) "0x1A"
  ["oct"]=>
  int(755)
  ["t1"]=>
  bool(true)
  ["t2"]=>
  bool(true)
  ["t3"]=>
  bool(true)
  ["f1"]=>
  bool(false)
  ["f2"]=>
  bool(false)
  ["f3"]=>
  bool(false)
  ["f4"]=>
  bool(false)
  ["n1"]=>
  NULL
  ["empty"]=>
  string(0) ""
  ["const"]=>
  string(8) "constval"
  ["expr"]=>
  string(5) "32759"
  ["or"]=>
  string(1) "3"
  ["paren"]=>
  string(1) "4"
  ["concat"]=>
  string(10) "aconstvalb"
  ["esc"]=>
  string(24) "tab\there "q" back\slash"
  ["arr"]=>
  array(2) {
    [0]=>
    string(3) "one"
    [1]=>
    string(3) "two"
  }
  ["map"]=>
  array(2) {
    ["k1"]=>
    string(2) "v1"
    ["k2"]=>
    string(2) "v2"
  }
  ["dotted.key"]=>
  string(1) "d"
  ["with space"]=>
  string(2) "ws"
  ["s1"]=>
  int(1)
  ["inner"]=>
  string(10) "multi
line"
}
array(29) {
  ["plain"]=>
  string(11) "hello world"
  ["quoted"]=>
  string(20) "quoted ; not comment"
  ["single"]=>
  string(12) "single $x \n"
  ["num"]=>
  int(42)
  ["neg"]=>
  int(-7)
  ["flt"]=>
  float(1.5)
  ["hex"]=>
  string(4) "0x1A"
  ["oct"]=>
  int(755)
  ["t1"]=>
  bool(true)
  ["t2"]=>
  bool(true)
  ["t3"]=>
  bool(true)
  ["f1"]=>
  bool(false)
  ["f2"]=>
  bool(false)
  ["f3"]=>
  bool(false)
  ["f4"]=>
  bool(false)
  ["n1"]=>
  NULL
  ["empty"]=>
  string(0) ""
  ["const"]=>
  string(8) "constval"
  ["expr"]=>
  string(5) "32759"
  ["or"]=>
  string(1) "3"
  ["paren"]=>
  string(1) "4"
  ["concat"]=>
  string(10) "aconstvalb"
  ["esc"]=>
  string(24) "tab\there "q" back\slash"
  ["arr"]=>
  array(2) {
    [0]=>
    string(3) "one"
    [1]=>
    string(3) "two"
  }
  ["map"]=>
  array(2) {
    ["k1"]=>
    string(2) "v1"
    ["k2"]=>
    string(2) "v2"
  }
  ["dotted.key"]=>
  string(1) "d"
  ["with space"]=>
  string(2) "ws"
  ["Section One"]=>
  array(1) {
    ["s1"]=>
    int(1)
  }
  [" sec2 "]=>
  array(1) {
    ["inner"]=>
    string(10) "multi
line"
  }
}
"a = 1 = 2" mode 0: 
Warning: syntax error, unexpected '=' in Unknown on line 1
 in %s on line 56
bool(false)
"a = 1 = 2" mode 1: array(1) {
  ["a"]=>
  string(5) "1 = 2"
}
"a = 1 = 2" mode 2: 
Warning: syntax error, unexpected '=' in Unknown on line 1
 in %s on line 56
bool(false)
"a = \"unterminated" mode 0: 
Warning: syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '"' in Unknown on line 1
 in %s on line 56
bool(false)
"a = \"unterminated" mode 1: array(1) {
  ["a"]=>
  string(13) ""unterminated"
}
"a = \"unterminated" mode 2: 
Warning: syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '"' in Unknown on line 1
 in %s on line 56
bool(false)
"[sec" mode 0: 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 56
bool(false)
"[sec" mode 1: 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 56
bool(false)
"[sec" mode 2: 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 56
bool(false)
"a = (1" mode 0: 
Warning: syntax error, unexpected END_OF_LINE, expecting '^' or '|' or '&' or ')' in Unknown on line 1
 in %s on line 56
bool(false)
"a = (1" mode 1: array(1) {
  ["a"]=>
  string(2) "(1"
}
"a = (1" mode 2: 
Warning: syntax error, unexpected END_OF_LINE, expecting '^' or '|' or '&' or ')' in Unknown on line 1
 in %s on line 56
bool(false)
"1 = x\n01 = y\n[2]\nz[] = 1\nz[5] = 2\nz[05] = 3\nz[k] = 4" mode 0: array(3) {
  [1]=>
  string(1) "x"
  ["01"]=>
  string(1) "y"
  [2]=>
  array(1) {
    ["z"]=>
    array(4) {
      [0]=>
      string(1) "1"
      [5]=>
      string(1) "2"
      ["05"]=>
      string(1) "3"
      ["k"]=>
      string(1) "4"
    }
  }
}
"1 = x\n01 = y\n[2]\nz[] = 1\nz[5] = 2\nz[05] = 3\nz[k] = 4" mode 1: array(3) {
  [1]=>
  string(1) "x"
  ["01"]=>
  string(1) "y"
  [2]=>
  array(1) {
    ["z"]=>
    array(4) {
      [0]=>
      string(1) "1"
      [5]=>
      string(1) "2"
      ["05"]=>
      string(1) "3"
      ["k"]=>
      string(1) "4"
    }
  }
}
"1 = x\n01 = y\n[2]\nz[] = 1\nz[5] = 2\nz[05] = 3\nz[k] = 4" mode 2: array(3) {
  [1]=>
  string(1) "x"
  ["01"]=>
  string(1) "y"
  [2]=>
  array(1) {
    ["z"]=>
    array(4) {
      [0]=>
      int(1)
      [5]=>
      int(2)
      ["05"]=>
      int(3)
      ["k"]=>
      int(4)
    }
  }
}
"a=b\nc = true story\n" mode 0: 
Warning: syntax error, unexpected TC_CONSTANT in Unknown on line 2
 in %s on line 56
bool(false)
"a=b\nc = true story\n" mode 1: array(2) {
  ["a"]=>
  string(1) "b"
  ["c"]=>
  string(10) "true story"
}
"a=b\nc = true story\n" mode 2: 
Warning: syntax error, unexpected TC_CONSTANT in Unknown on line 2
 in %s on line 56
bool(false)
"true = 1" mode 0: 
Warning: syntax error, unexpected BOOL_TRUE in Unknown on line 1
 in %s on line 56
bool(false)
"true = 1" mode 1: 
Warning: syntax error, unexpected BOOL_TRUE in Unknown on line 1
 in %s on line 56
bool(false)
"true = 1" mode 2: 
Warning: syntax error, unexpected BOOL_TRUE in Unknown on line 1
 in %s on line 56
bool(false)
"yes sir = 2" mode 0: array(1) {
  ["yes sir"]=>
  string(1) "2"
}
"yes sir = 2" mode 1: array(1) {
  ["yes sir"]=>
  string(1) "2"
}
"yes sir = 2" mode 2: array(1) {
  ["yes sir"]=>
  int(2)
}
"x = yesterday" mode 0: array(1) {
  ["x"]=>
  string(9) "yesterday"
}
"x = yesterday" mode 1: array(1) {
  ["x"]=>
  string(9) "yesterday"
}
"x = yesterday" mode 2: array(1) {
  ["x"]=>
  string(9) "yesterday"
}
"x = on # hash" mode 0: 
Warning: syntax error, unexpected TC_STRING in Unknown on line 1
 in %s on line 56
bool(false)
"x = on # hash" mode 1: array(1) {
  ["x"]=>
  string(9) "on # hash"
}
"x = on # hash" mode 2: 
Warning: syntax error, unexpected TC_STRING in Unknown on line 1
 in %s on line 56
bool(false)
"k = v ; comment\n; full\n  indented = ok" mode 0: array(2) {
  ["k"]=>
  string(1) "v"
  ["indented"]=>
  string(2) "ok"
}
"k = v ; comment\n; full\n  indented = ok" mode 1: array(2) {
  ["k"]=>
  string(1) "v"
  ["indented"]=>
  string(2) "ok"
}
"k = v ; comment\n; full\n  indented = ok" mode 2: array(2) {
  ["k"]=>
  string(1) "v"
  ["indented"]=>
  string(2) "ok"
}
"path = \"C:\\dir\\\"\nnext = 1" mode 0: array(2) {
  ["path"]=>
  string(7) "C:\dir\"
  ["next"]=>
  string(1) "1"
}
"path = \"C:\\dir\\\"\nnext = 1" mode 1: array(2) {
  ["path"]=>
  string(7) "C:\dir\"
  ["next"]=>
  string(1) "1"
}
"path = \"C:\\dir\\\"\nnext = 1" mode 2: array(2) {
  ["path"]=>
  string(7) "C:\dir\"
  ["next"]=>
  int(1)
}
"v = \"a\\$b \\n\"" mode 0: array(1) {
  ["v"]=>
  string(6) "a$b \n"
}
"v = \"a\\$b \\n\"" mode 1: array(1) {
  ["v"]=>
  string(7) "a\$b \n"
}
"v = \"a\\$b \\n\"" mode 2: array(1) {
  ["v"]=>
  string(6) "a$b \n"
}
"f = -1.5e3" mode 0: array(1) {
  ["f"]=>
  string(6) "-1.5e3"
}
"f = -1.5e3" mode 1: array(1) {
  ["f"]=>
  string(6) "-1.5e3"
}
"f = -1.5e3" mode 2: array(1) {
  ["f"]=>
  string(6) "-1.5e3"
}
"g = .5" mode 0: array(1) {
  ["g"]=>
  string(2) ".5"
}
"g = .5" mode 1: array(1) {
  ["g"]=>
  string(2) ".5"
}
"g = .5" mode 2: array(1) {
  ["g"]=>
  float(0.5)
}
"h = 5." mode 0: array(1) {
  ["h"]=>
  string(2) "5."
}
"h = 5." mode 1: array(1) {
  ["h"]=>
  string(2) "5."
}
"h = 5." mode 2: array(1) {
  ["h"]=>
  float(5)
}
"w = a b   c  " mode 0: array(1) {
  ["w"]=>
  string(9) "a b   c  "
}
"w = a b   c  " mode 1: array(1) {
  ["w"]=>
  string(7) "a b   c"
}
"w = a b   c  " mode 2: array(1) {
  ["w"]=>
  string(9) "a b   c  "
}
"e = E_ALL ^ E_DEPRECATED" mode 0: array(1) {
  ["e"]=>
  string(5) "24575"
}
"e = E_ALL ^ E_DEPRECATED" mode 1: array(1) {
  ["e"]=>
  string(20) "E_ALL ^ E_DEPRECATED"
}
"e = E_ALL ^ E_DEPRECATED" mode 2: array(1) {
  ["e"]=>
  string(5) "24575"
}
"p = PHP_INT_SIZE > 1" mode 0: array(1) {
  ["p"]=>
  string(5) "8 > 1"
}
"p = PHP_INT_SIZE > 1" mode 1: array(1) {
  ["p"]=>
  string(16) "PHP_INT_SIZE > 1"
}
"p = PHP_INT_SIZE > 1" mode 2: array(1) {
  ["p"]=>
  string(5) "8 > 1"
}
"q = ${HOME_NOT_SET_X}x" mode 0: array(1) {
  ["q"]=>
  string(1) "x"
}
"q = ${HOME_NOT_SET_X}x" mode 1: array(1) {
  ["q"]=>
  string(18) "${HOME_NOT_SET_X}x"
}
"q = ${HOME_NOT_SET_X}x" mode 2: array(1) {
  ["q"]=>
  string(1) "x"
}
"n = !0" mode 0: array(1) {
  ["n"]=>
  string(1) "1"
}
"n = !0" mode 1: array(1) {
  ["n"]=>
  string(2) "!0"
}
"n = !0" mode 2: array(1) {
  ["n"]=>
  string(1) "1"
}
"t = ~0" mode 0: array(1) {
  ["t"]=>
  string(2) "-1"
}
"t = ~0" mode 1: array(1) {
  ["t"]=>
  string(2) "~0"
}
"t = ~0" mode 2: array(1) {
  ["t"]=>
  string(2) "-1"
}
"arr[ x ] = 1\narr[\"q\"] = 2\narr['r'] = 3" mode 0: array(1) {
  ["arr"]=>
  array(3) {
    ["x "]=>
    string(1) "1"
    ["q"]=>
    string(1) "2"
    ["r"]=>
    string(1) "3"
  }
}
"arr[ x ] = 1\narr[\"q\"] = 2\narr['r'] = 3" mode 1: array(1) {
  ["arr"]=>
  array(3) {
    ["x "]=>
    string(1) "1"
    ["q"]=>
    string(1) "2"
    ["r"]=>
    string(1) "3"
  }
}
"arr[ x ] = 1\narr[\"q\"] = 2\narr['r'] = 3" mode 2: array(1) {
  ["arr"]=>
  array(3) {
    ["x "]=>
    int(1)
    ["q"]=>
    int(2)
    ["r"]=>
    int(3)
  }
}
"[a]\nx=1\n[b]\nx=2\n[a]\ny=3" mode 0: array(2) {
  ["a"]=>
  array(1) {
    ["y"]=>
    string(1) "3"
  }
  ["b"]=>
  array(1) {
    ["x"]=>
    string(1) "2"
  }
}
"[a]\nx=1\n[b]\nx=2\n[a]\ny=3" mode 1: array(2) {
  ["a"]=>
  array(1) {
    ["y"]=>
    string(1) "3"
  }
  ["b"]=>
  array(1) {
    ["x"]=>
    string(1) "2"
  }
}
"[a]\nx=1\n[b]\nx=2\n[a]\ny=3" mode 2: array(2) {
  ["a"]=>
  array(1) {
    ["y"]=>
    int(3)
  }
  ["b"]=>
  array(1) {
    ["x"]=>
    int(2)
  }
}
"s = 'raw ; semi' after" mode 0: array(1) {
  ["s"]=>
  string(16) "raw ; semi after"
}
"s = 'raw ; semi' after" mode 1: array(1) {
  ["s"]=>
  string(4) "'raw"
}
"s = 'raw ; semi' after" mode 2: array(1) {
  ["s"]=>
  string(16) "raw ; semi after"
}
"r = \"quoted ; semi\" ; real" mode 0: array(1) {
  ["r"]=>
  string(13) "quoted ; semi"
}
"r = \"quoted ; semi\" ; real" mode 1: array(1) {
  ["r"]=>
  string(13) "quoted ; semi"
}
"r = \"quoted ; semi\" ; real" mode 2: array(1) {
  ["r"]=>
  string(13) "quoted ; semi"
}
"k\tv" mode 0: array(0) {
}
"k\tv" mode 1: array(0) {
}
"k\tv" mode 2: array(0) {
}
"emptyq = \"\"" mode 0: array(1) {
  ["emptyq"]=>
  string(0) ""
}
"emptyq = \"\"" mode 1: array(1) {
  ["emptyq"]=>
  string(0) ""
}
"emptyq = \"\"" mode 2: array(1) {
  ["emptyq"]=>
  string(0) ""
}
"num = 9999999999999999999" mode 0: array(1) {
  ["num"]=>
  string(19) "9999999999999999999"
}
"num = 9999999999999999999" mode 1: array(1) {
  ["num"]=>
  string(19) "9999999999999999999"
}
"num = 9999999999999999999" mode 2: array(1) {
  ["num"]=>
  string(19) "9999999999999999999"
}
"neg = -0" mode 0: array(1) {
  ["neg"]=>
  string(2) "-0"
}
"neg = -0" mode 1: array(1) {
  ["neg"]=>
  string(2) "-0"
}
"neg = -0" mode 2: array(1) {
  ["neg"]=>
  int(0)
}
"dot = 1.2.3" mode 0: array(1) {
  ["dot"]=>
  string(5) "1.2.3"
}
"dot = 1.2.3" mode 1: array(1) {
  ["dot"]=>
  string(5) "1.2.3"
}
"dot = 1.2.3" mode 2: array(1) {
  ["dot"]=>
  string(5) "1.2.3"
}
"mixed = 12abc" mode 0: array(1) {
  ["mixed"]=>
  string(5) "12abc"
}
"mixed = 12abc" mode 1: array(1) {
  ["mixed"]=>
  string(5) "12abc"
}
"mixed = 12abc" mode 2: array(1) {
  ["mixed"]=>
  string(5) "12abc"
}
"[ weird name ; x ]\nv=1" mode 0: 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 56
bool(false)
"[ weird name ; x ]\nv=1" mode 1: array(1) {
  [" weird name ; x "]=>
  array(1) {
    ["v"]=>
    string(1) "1"
  }
}
"[ weird name ; x ]\nv=1" mode 2: 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 56
bool(false)
"x = a\\b" mode 0: array(1) {
  ["x"]=>
  string(3) "a\b"
}
"x = a\\b" mode 1: array(1) {
  ["x"]=>
  string(3) "a\b"
}
"x = a\\b" mode 2: array(1) {
  ["x"]=>
  string(3) "a\b"
}
"u = (1|2)&3" mode 0: array(1) {
  ["u"]=>
  string(1) "3"
}
"u = (1|2)&3" mode 1: array(1) {
  ["u"]=>
  string(7) "(1|2)&3"
}
"u = (1|2)&3" mode 2: array(1) {
  ["u"]=>
  string(1) "3"
}

Warning: Invalid scanner mode in %s on line 59
bool(false)
array(2) {
  ["db"]=>
  array(2) {
    ["host"]=>
    string(9) "localhost"
    ["port"]=>
    int(5432)
  }
  ["flags"]=>
  array(1) {
    ["debug"]=>
    bool(true)
  }
}
array(3) {
  ["host"]=>
  string(9) "localhost"
  ["port"]=>
  string(4) "5432"
  ["debug"]=>
  string(1) "1"
}
bool(false)
parse_ini_file(): Argument #1 ($filename) cannot be empty
