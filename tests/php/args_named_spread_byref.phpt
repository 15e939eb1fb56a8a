--TEST--
Named arguments and spreads of variables reach by-reference parameters as references (user functions, methods, builtins, unknown callees)
--FILE--
<?php
function inc(&$a, $b = 1) { $a += $b; }
function tag($x, &...$rest) { foreach ($rest as &$r) $r .= "!"; }
function pair($v, &$r, $w = 0, &$s = null) { $r = "r$v"; $s = "s$w"; }

$x = 1; inc(a: $x); var_dump($x);
$y = 5; inc(b: 10, a: $y); var_dump($y);
$fn = 'inc'; $z = 10; $fn(a: $z); var_dump($z);
$arr = [1, 2]; inc(a: $arr[1]); var_dump($arr);
$u = 7; inc(...['a' => 1], b: $u); var_dump($u);
preg_match('/(b)/', 'abc', flags: PREG_OFFSET_CAPTURE, matches: $m); var_dump($m);

class C {
    public $p = 0;
    function m(&$r) { $r = 'method'; }
    static function s(&$r, $v = 's') { $r = $v; }
    function __construct(&$c = null) { $c = 'ctor'; }
}
$o = new C; $q1 = 0; $o->m(r: $q1); $q2 = 0; C::s(v: 'static', r: $q2); var_dump($q1, $q2);
$q3 = 0; new C(c: $q3); var_dump($q3);
inc(a: $o->p, b: 3); var_dump($o->p);

$list = [1, 2, 3];
$copy = $list;
tag(0, ...$list); var_dump($list, $copy);
$two = [0, 0, 0];
pair(...$two); var_dump($two);
$a1 = ['x']; $a2 = [1, 2];
pair(...$a1, ...$a2); var_dump($a1, $a2);
$h = 'pair'; $three = [5, 'old', 6, 'old'];
$h(...$three); var_dump($three);
$named = ['r' => null, 'v' => 9];
pair(...$named); var_dump($named);
$sorted = [[3, 1, 2]];
sort(...$sorted); var_dump($sorted);
$vals = [4, 5];
echo max(...$vals), "\n"; var_dump($vals);
function byval($a, $b) { $a = 0; $b = 0; }
$keep = [1, 2]; byval(...$keep); var_dump($keep);
$cl = function (&$r) { $r = 'closure'; };
$c1 = ['before']; $cl(...$c1); var_dump($c1);
$c2 = null; $cl(r: $c2); var_dump($c2);
?>
--EXPECT--
int(2)
int(15)
int(11)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
int(7)
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
}
string(6) "method"
string(6) "static"
string(4) "ctor"
int(3)
array(3) {
  [0]=>
  string(2) "1!"
  [1]=>
  string(2) "2!"
  [2]=>
  string(2) "3!"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  string(2) "r0"
  [2]=>
  int(0)
}
array(1) {
  [0]=>
  string(1) "x"
}
array(2) {
  [0]=>
  string(2) "rx"
  [1]=>
  int(2)
}
array(4) {
  [0]=>
  int(5)
  [1]=>
  string(2) "r5"
  [2]=>
  int(6)
  [3]=>
  string(2) "s6"
}
array(2) {
  ["r"]=>
  string(2) "r9"
  ["v"]=>
  int(9)
}
array(1) {
  [0]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
}
5
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(5)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  string(7) "closure"
}
string(7) "closure"
