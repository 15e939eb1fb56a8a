--TEST--
control_flow: a small program exercising control flow
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
}
echo "\n";
$n = 0;
while (true) { if (++$n > 4) break; echo $n; }
echo "\n";
do { echo $n--; } while ($n > 2);
echo "\n";
foreach ([1, 'two', 3.5, null, true, [1]] as $v) {
    switch (true) {
        case is_int($v): echo "int "; break;
        case is_string($v): echo "string "; break;
        case is_float($v): echo "float "; break;
        default: echo gettype($v), " ";
    }
}
echo "\n";
switch (3) { case 1: echo "one"; case 3: echo "three"; case 4: echo "four"; break; case 5: echo "five"; }
echo "\n";
foreach ([1, 2, 3] as $x) { switch ($x) { case 2: continue 2; } echo $x; }
echo "\n";
$r = match(true) { $n < 0 => 'neg', $n === 0 => 'zero', default => 'pos' };
echo $r, "\n";
[$a, [$b, $c]] = [1, [2, 3]];
['x' => $x, 'y' => $y] = ['x' => 'X', 'y' => 'Y'];
list(, $second) = [10, 20];
echo "$a$b$c $x$y $second\n";
[$a, $b] = [$b, $a];
echo "$a $b\n";
foreach ([[1, 2], [3, 4]] as [$p, $q]) echo $p + $q, " ";
echo "\n";
function sum(...$nums) { return array_sum($nums); }
echo sum(1, 2, 3), " ", sum(...[4, 5, 6]), "\n";
function greet($greeting, $name = "World", $punct = "!") { return "$greeting, $name$punct"; }
echo greet("Hi"), " ", greet("Hello", punct: "?"), " ", greet(name: "PHP", greeting: "Yo"), "\n";
$i = 10;
$s = $i > 5 ? "big" : "small";
echo $s, " ", $undefined ?? "default", " ", 0 ?: "elvis", "\n";
$arr = ['a' => ['b' => null]];
var_dump(isset($arr['a']), isset($arr['a']['b']), empty($arr['a']['b']), isset($arr['z']['q']));
$obj = null;
var_dump($obj?->foo, $obj?->bar());
$str = <<<EOT
  Heredoc {$arr['a']['b']} with $i and {$s}s
    indented
  EOT;
echo $str, "\n";
echo <<<'NOW'
raw $i {$s}
NOW;
echo "\n";
$z = 5;
$z += 3; $z -= 1; $z *= 2; $z /= 7; $z **= 3; $z %= 5;
var_dump($z);
$str2 = "a"; $str2 .= "b"; $str2 .= 1.5;
var_dump($str2);
$u = null; $u ??= "set"; $u ??= "again";
echo $u, "\n";
$k = "z"; $k++; echo $k, " "; $k = "Az"; $k++; echo $k, "\n";
--EXPECT--
00 10 
1234
543
int string float NULL boolean array 
threefour
13
pos
123 XY 20
2 1
3 7 
6 15
Hi, World! Hello, World? Yo, PHP!
big default elvis
bool(true)
bool(false)
bool(true)
bool(false)
NULL
NULL
Heredoc  with 10 and bigs
  indented
raw $i {$s}
int(3)
string(5) "ab1.5"
set
aa Ba
