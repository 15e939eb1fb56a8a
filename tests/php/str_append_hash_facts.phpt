--TEST--
.= in place keeps a string's cached facts right: its hash as an array key after each append, its ASCII/UTF-8 facts when a multi-byte character is completed or broken, self-appends and appends past the small-object sizes
--FILE--
<?php
$k = "ke";
$a = [];
$a[$k] = 0;
$k .= "y";
$a[$k] = 1;
$k .= "1";
$a[$k] = 2;
var_dump($a, isset($a["key"]), isset($a["key1"]), $a["key1"] ?? null);

$u = "caf";
$n1 = strlen($u) . ":" . preg_match('/^.{3}$/u', $u) . ":" . json_encode($u);
$u .= "\xC3";
$n2 = strlen($u) . ":" . var_export(@preg_match('/^.{4}$/u', $u), true) . ":" . var_export(json_encode($u), true);
$u .= "\xA9";
$n3 = strlen($u) . ":" . preg_match('/^.{4}$/u', $u) . ":" . json_encode($u);
echo $n1, " ", $n2, " ", $n3, " ", strtoupper($u), " ", ucfirst($u), "\n";

$s = "ab";
$s .= "c";
$s .= $s;
$s .= $s;
echo $s, " ", strlen($s), "\n";

$big = "x";
$h = [];
for ($i = 0; $i < 3000; $i++) {
    $big .= chr(97 + $i % 26);
    if ($i % 500 == 0) {
        $h[$big] = $i;
        $h[$big . ""] = $i + 1;
    }
}
echo strlen($big), " ", count($h), " ", md5($big), " ", substr($big, -30), "\n";
foreach ($h as $key => $v) echo strlen($key), "=", $v, " ";
echo "\n";
--EXPECT--
array(3) {
  ["ke"]=>
  int(0)
  ["key"]=>
  int(1)
  ["key1"]=>
  int(2)
}
bool(true)
bool(true)
int(2)
3:1:"caf" 4:false:false 5:1:"caf\u00e9" CAFé Café
abcabcabcabc 12
3001 6 975e556db0dd9a29c12f9677cb1dc8ef ghijklmnopqrstuvwxyzabcdefghij
2=1 502=501 1002=1001 1502=1501 2002=2001 2502=2501 
