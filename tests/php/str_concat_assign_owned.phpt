--TEST--
.= appends in place only to a variable's own string: every copy keeps its value
--FILE--
<?php
// assignment, before and after further appends
$s = "ab";
$s .= "cd";
$t = $s;
$s .= "ef";
$s .= "gh";
var_dump($s, $t);

// a loop that builds, then copies each stage
$s = "";
$stages = [];
for ($i = 0; $i < 40; $i++) {
    $s .= chr(65 + $i % 26);
    if ($i % 7 == 0) {
        $stages[] = $s;
    }
}
var_dump($s, $stages);

// argument passing, by value and by reference
function show(string $x) { $x .= "!"; return $x; }
function grow(&$x) { $x .= "+"; }
$s = "arg";
$s .= "1";
$r = show($s);
$s .= "2";
var_dump($s, $r);
grow($s);
grow($s);
var_dump($s);

// array store: value and key
$s = "key";
$s .= "A";
$a = [$s => $s];
$b = [];
$b[$s] = 1;
$b[] = $s;
$s .= "B";
var_dump($a, $b, isset($a["keyA"]), isset($b["keyAB"]));

// references
$s = "ref";
$s .= "-";
$r = &$s;
$r .= "x";
$r .= "y";
$copy = $r;
$s .= "z";
var_dump($s, $r, $copy);
unset($r);

// return and capture
function build(int $n) { $s = ""; for ($i = 0; $i < $n; $i++) { $s .= $i; } return $s; }
$x = build(12);
$y = $x;
$x .= "end";
var_dump($x, $y);
$s = "cap";
$s .= "1";
$f = function () use ($s) { return $s; };
$g = fn() => $s;
$s .= "2";
var_dump($f(), $g(), $s);
$h = function () use (&$s) { $s .= "3"; return $s; };
$h();
$h();
var_dump($s);

// the expression's value
$s = "v";
$s .= "1";
$e = ($s .= "2");
$s .= "3";
var_dump($e, $s);

// string offsets after .=
$s = "offs";
$s .= "et";
$t = $s;
$s[0] = "O";
$s .= "!";
$s[7] = "?";
var_dump($s, $t);

// self-append, ints, empty strings, non-strings
$s = "ab";
$s .= $s;
$s .= $s;
$s .= 42;
$s .= "";
$s .= 1.5;
$s .= true;
$s .= null;
var_dump($s);
$e = "";
$src = "shared";
$src .= "!";
$e .= $src;
$e .= "?";
var_dump($e, $src);

// static and global variables
function counter() { static $log = ""; $log .= "."; return $log; }
counter(); counter();
$c = counter();
counter();
var_dump($c, counter());
$g = "glob";
function addg() { global $g; $g .= "+"; }
addg(); addg();
$gc = $g;
addg();
var_dump($g, $gc, $GLOBALS["g"]);

// properties
class P {
    public $s = "";
    function add($x) { $this->s .= $x; return $this; }
}
$p = new P;
$p->add("a")->add("b");
$ps = $p->s;
$p->add("c");
var_dump($p->s, $ps);

// generators holding the string
function gen() {
    $s = "g";
    for ($i = 0; $i < 4; $i++) {
        $s .= $i;
        yield $s;
    }
    $s .= "done";
    return $s;
}
$it = gen();
$seen = [];
foreach ($it as $v) {
    $seen[] = $v;
}
var_dump($seen, $it->getReturn());

// builtins that keep a string, and hashing after growth
$s = "Const";
$s .= "Name";
define($s, 1);
$s .= "X";
var_dump(defined("ConstName"), defined("ConstNameX"), $s);
$s = "h";
$s .= "ash";
$m = ["hash" => 1];
var_dump(isset($m[$s]));
$s .= "!";
var_dump(isset($m[$s]), md5($s), strlen($s));

// long strings past the large-object size
$s = "";
for ($i = 0; $i < 5000; $i++) {
    $s .= "xyz";
    if ($i == 2500) {
        $mid = $s;
    }
}
var_dump(strlen($s), strlen($mid), md5($s), md5($mid));

// multibyte facts
$s = "abc";
$s .= "def";
var_dump(json_encode($s), preg_match('/^.{6}$/u', $s));
$s .= "é";
var_dump(json_encode($s), preg_match('/^.{7}$/u', $s), strlen($s));
$s .= "\xff";
var_dump(json_encode($s), preg_match('/^.{8}$/u', $s), strlen($s));
--EXPECT--
string(8) "abcdefgh"
string(4) "abcd"
string(40) "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
array(6) {
  [0]=>
  string(1) "A"
  [1]=>
  string(8) "ABCDEFGH"
  [2]=>
  string(15) "ABCDEFGHIJKLMNO"
  [3]=>
  string(22) "ABCDEFGHIJKLMNOPQRSTUV"
  [4]=>
  string(29) "ABCDEFGHIJKLMNOPQRSTUVWXYZABC"
  [5]=>
  string(36) "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
}
string(5) "arg12"
string(5) "arg1!"
string(7) "arg12++"
array(1) {
  ["keyA"]=>
  string(4) "keyA"
}
array(2) {
  ["keyA"]=>
  int(1)
  [0]=>
  string(4) "keyA"
}
bool(true)
bool(false)
string(7) "ref-xyz"
string(7) "ref-xyz"
string(6) "ref-xy"
string(17) "01234567891011end"
string(14) "01234567891011"
string(4) "cap1"
string(4) "cap1"
string(5) "cap12"
string(7) "cap1233"
string(3) "v12"
string(4) "v123"
string(8) "Offset!?"
string(6) "offset"
string(14) "abababab421.51"
string(8) "shared!?"
string(7) "shared!"
string(3) "..."
string(5) "....."
string(7) "glob+++"
string(6) "glob++"
string(7) "glob+++"
string(3) "abc"
string(2) "ab"
array(4) {
  [0]=>
  string(2) "g0"
  [1]=>
  string(3) "g01"
  [2]=>
  string(4) "g012"
  [3]=>
  string(5) "g0123"
}
string(9) "g0123done"
bool(true)
bool(false)
string(10) "ConstNameX"
bool(true)
bool(false)
string(32) "ef746d138b29e01e6ca7e3894b67ee2f"
int(5)
int(15000)
int(7503)
string(32) "20a7677ca8d438c7b39a45363cb6e136"
string(32) "40e1bc5ba2dbb9b17c3551ba4fe140de"
string(8) ""abcdef""
int(1)
string(14) ""abcdef\u00e9""
int(1)
int(8)
bool(false)
bool(false)
int(9)
