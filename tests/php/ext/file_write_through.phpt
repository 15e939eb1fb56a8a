--TEST--
files: fwrite/fputs/fprintf/fputcsv on plain files reach the file at once (another handle reads them before fclose), also through a write filter
--FILE--
<?php
$d = sys_get_temp_dir() . "/writethrough-" . getmypid() . "-" . uniqid();
mkdir($d);
$p = "$d/a.txt";
$w = fopen($p, "w");
fwrite($w, "one\n");
var_dump(file_get_contents($p), filesize($p));
clearstatcache();
fputs($w, "two\n");
fprintf($w, "%s-%d\n", "three", 3);
fputcsv($w, ["a", "b c"]);
$r = fopen($p, "r");
var_dump(stream_get_contents($r));
clearstatcache();
var_dump(filesize($p));
fclose($r);
fclose($w);
$w = fopen($p, "a+");
fwrite($w, "appended\n");
var_dump(file($p));
fseek($w, 0);
var_dump(fgets($w));
fclose($w);
$w = fopen($p, "w");
stream_filter_append($w, "string.toupper");
fwrite($w, "filtered\n");
var_dump(file_get_contents($p));
fclose($w);
array_map('unlink', glob("$d/*"));
rmdir($d);
--EXPECT--
string(4) "one
"
int(4)
string(24) "one
two
three-3
a,"b c"
"
int(24)
array(5) {
  [0]=>
  string(4) "one
"
  [1]=>
  string(4) "two
"
  [2]=>
  string(8) "three-3
"
  [3]=>
  string(8) "a,"b c"
"
  [4]=>
  string(9) "appended
"
}
string(4) "one
"
string(9) "FILTERED
"
