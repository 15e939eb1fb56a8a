--TEST--
array_short_string_keys: string keys of up to 8 bytes (found by their bytes and length in the
entry) told apart by a NUL byte, by their length and by their last byte, found through fresh
strings, deleted and re-added, and next to long keys that share their prefix
--FILE--
<?php
$keys = ["", "\0", "\0\0", "a", "a\0", "ab", "ab\0", "abcdefg", "abcdefh", "abcdef\0", "abcdefgh",
         "abcdefghi", "k1", "k12345", "k12345x", "-1", "01", "1.5", " 1"];
$a = [];
foreach ($keys as $i => $k)
    $a[$k] = $i;
var_dump(count($a));
foreach ($keys as $i => $k) {
    $fresh = substr("#" . $k, 1);
    if ($a[$fresh] !== $i || !isset($a[$fresh]) || !array_key_exists($fresh, $a))
        echo "lost ", bin2hex($k), "\n";
}
foreach (["b", "a\0\0", "abcdef", "abcdefgg", "k1234", "k123456", "\0\0\0"] as $k)
    var_dump(isset($a[$k]));
unset($a["a\0"], $a["abcdefg"]);
var_dump(isset($a["a"]), isset($a["a\0"]), isset($a["abcdefh"]), isset($a["abcdefg"]));
$a["abcdefg"] = "again";
$a[str_repeat("z", 3)] = "zzz";
foreach ($a as $k => $v)
    echo bin2hex($k), " => ", var_export($v, true), "\n";
$big = [];
for ($i = 0; $i < 20000; $i++)
    $big["k" . $i] = $i;
$sum = 0;
for ($i = 0; $i < 20000; $i += 7)
    $sum += $big["k" . $i];
var_dump($sum, isset($big["k20000"]), $big["k0"], $big["k19999"]);
--EXPECT--
int(19)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
 => 0
00 => 1
0000 => 2
61 => 3
6162 => 5
616200 => 6
61626364656668 => 8
61626364656600 => 9
6162636465666768 => 10
616263646566676869 => 11
6b31 => 12
6b3132333435 => 13
6b313233343578 => 14
2d31 => 15
3031 => 16
312e35 => 17
2031 => 18
61626364656667 => 'again'
7a7a7a => 'zzz'
int(28578571)
bool(false)
int(0)
int(19999)
