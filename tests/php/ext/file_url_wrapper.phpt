--TEST--
the file:// wrapper: file_put_contents, file_get_contents, file, fopen, stat functions, is_readable, scandir and opendir on file:///absolute/paths
--FILE--
<?php
$d = sys_get_temp_dir() . '/pyhyp_file_url_' . getmypid(); @mkdir($d); /* one per run: the runner runs tests in parallel */ file_put_contents("file://$d/a.txt", "hello");
var_dump(file_get_contents("file://$d/a.txt"), file_exists("file://$d/a.txt"), is_file("FILE://$d/a.txt"), is_dir("file://$d"), filesize("file://$d/a.txt"), is_readable("file://$d/a.txt"));
var_dump(scandir("file://$d"), count(file("file://$d/a.txt")));
$h = fopen("file://$d/a.txt", "r"); var_dump(fread($h, 3)); fclose($h);
var_dump(@file_get_contents("file://$d/missing"), file_exists("file://$d/missing"));
$dh = opendir("file://$d"); $n = 0; while (($e = readdir($dh)) !== false) $n++; closedir($dh); var_dump($n);
unlink("$d/a.txt"); rmdir($d);
--EXPECT--
string(5) "hello"
bool(true)
bool(true)
bool(true)
int(5)
bool(true)
array(3) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(5) "a.txt"
}
int(1)
string(3) "hel"
bool(false)
bool(false)
int(3)
