--TEST--
str_concat_paths: concatenation, interpolation, chr/ord/offsets, implode and explode over every kind of part
--FILE--
<?php
// interpolation and concatenation: every part kind
$i = 42; $n = -7; $f = 1.5; $t = true; $z = null; $s = "str"; $e = "";
echo "a{$i}b{$n}c{$s}d{$e}e\n";
echo "$i$n$s\n", "$f|$t|$z|\n";
echo "x{$e}", "{$e}{$e}", "{$s}", "\n";
$one = "{$e}q{$e}"; var_dump($one, "$i", "{$n}");
class T { function __toString(): string { echo "[ts]"; return "T"; } }
$o = new T;
echo "<$o:$i:$o>\n";
$arr = [1];
echo @"arr=$arr[0]", "\n";
echo $i . $n, " ", $s . $i, " ", $n . $f, " ", $e . $e, "|", PHP_INT_MAX . "", " ", PHP_INT_MIN . "", "\n";
echo "m" . PHP_INT_MIN, " ", -0 . "x", "\n";
// chr/ord/offsets
for ($c = -300; $c < 600; $c += 97) echo ord(chr($c)), " ";
echo "\n";
$w = "héllo";
for ($k = 0; $k < strlen($w); $k++) echo ord($w[$k]), ",";
echo $w[-1], $w[0], "\n";
var_dump(chr(256 + 65), ord(""), strlen(chr(0)));
// implode
echo implode(",", [1, "a", 2.5, true, null, -3]), "\n";
echo implode("", ["ab", "cd"]), "|", implode(", ", []), "|", implode(["x", 5]), "\n";
echo implode("--", [PHP_INT_MAX, PHP_INT_MIN, "é"]), "\n";
$big = []; for ($k = 0; $k < 1000; $k++) $big[] = "w$k"; echo strlen(implode(" ", $big)), " ", md5(implode(" ", $big)), "\n";
echo implode("+", [$o, "x"]), "\n";
// explode
var_dump(explode(",", "a,b,,c"), explode(", ", "x, y"), explode(",", ""), explode(",", "a,b,c", 2), explode(",", "a,b,c", -1));
// .= chains
$acc = "";
for ($k = 0; $k < 50; $k++) { $acc .= chr(97 + $k % 26); $acc .= $k; }
echo $acc, " ", strlen($acc), "\n";
$x = "a"; $y = $x; $x .= "b"; $y .= "c"; echo $x, $y, "\n";
--EXPECT--
a42b-7cstrde
42-7str
1.5|1||
xstr
string(1) "q"
string(2) "42"
string(2) "-7"
[ts][ts]<T:42:T>
arr=1
42-7 str42 -71.5 |9223372036854775807 -9223372036854775808
m-9223372036854775808 0x
212 53 150 247 88 185 26 123 220 61 
104,195,169,108,108,111,oh
string(1) "A"
int(0)
int(1)
1,a,2.5,1,,-3
abcd||x5
9223372036854775807---9223372036854775808--é
4889 c8c231cd502bf4fe32bc9debe3370b61
[ts]T+x
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(1) {
  [0]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
a0b1c2d3e4f5g6h7i8j9k10l11m12n13o14p15q16r17s18t19u20v21w22x23y24z25a26b27c28d29e30f31g32h33i34j35k36l37m38n39o40p41q42r43s44t45u46v47w48x49 140
abac
