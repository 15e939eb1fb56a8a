--TEST--
feof after fgets, fread, fgetc and fscanf at a file's end, with and without a final newline
--FILE--
<?php
$dir = sys_get_temp_dir() . "/eof-" . getmypid() . "-" . uniqid();
mkdir($dir);
file_put_contents("$dir/a", "one\ntwo\n");
file_put_contents("$dir/b", "one\ntwo");
foreach (["a", "b"] as $n) {
  $f = fopen("$dir/$n", "r");
  while (!feof($f)) var_dump(fgets($f), feof($f));
  rewind($f);
  var_dump(feof($f), fread($f, 8), feof($f), fread($f, 1), feof($f));
  rewind($f);
  var_dump(fread($f, 100), feof($f));
  rewind($f);
  while (($c = fgetc($f)) !== false) echo $c === "\n" ? "|" : $c;
  var_dump(feof($f));
  rewind($f);
  while (($r = fscanf($f, "%s")) !== false) var_dump($r);
  fclose($f);
}
unlink("$dir/a"); unlink("$dir/b"); rmdir($dir);
--EXPECT--
string(4) "one
"
bool(false)
string(4) "two
"
bool(false)
bool(false)
bool(true)
bool(false)
string(8) "one
two
"
bool(false)
string(0) ""
bool(true)
string(8) "one
two
"
bool(true)
one|two|bool(true)
array(1) {
  [0]=>
  string(3) "one"
}
array(1) {
  [0]=>
  string(3) "two"
}
string(4) "one
"
bool(false)
string(3) "two"
bool(true)
bool(false)
string(7) "one
two"
bool(true)
string(0) ""
bool(true)
string(7) "one
two"
bool(true)
one|twobool(true)
array(1) {
  [0]=>
  string(3) "one"
}
array(1) {
  [0]=>
  string(3) "two"
}
