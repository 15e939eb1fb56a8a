--TEST--
streams and files: fopen modes, f* reads/writes/seeks/locks, php://memory|temp|output, CSV, file() flags, LOCK_EX/FILE_APPEND, directories, glob, stat family, touch/copy/rename/tempnam
--FILE--
<?php
$dir = sys_get_temp_dir() . '/phpstd_files_' . getmypid() . '_' . uniqid();
set_error_handler(function ($no, $msg) use (&$dir) { echo "error $no: ", str_replace($dir, 'DIR', $msg), "\n"; return true; });
var_dump(mkdir($dir . '/a/b/c', 0777, true), is_dir($dir . '/a/b/c'));
$p = "$dir/test.txt";
$f = fopen($p, 'w');
var_dump(is_resource($f), get_resource_type($f), gettype($f));
var_dump(fwrite($f, "line one\nline two\n"), fputs($f, "line three"), fprintf($f, "\n%05d|%s", 42, "x"));
var_dump(fclose($f), is_resource($f), gettype($f));
try { fwrite($f, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$f = fopen($p, 'r');
while (($line = fgets($f)) !== false) { var_dump($line, feof($f)); }
var_dump(fgets($f), feof($f));
rewind($f); var_dump(feof($f), fread($f, 4), ftell($f), fgetc($f), fseek($f, -3, SEEK_END), fread($f, 100), feof($f), fseek($f, 2), ftell($f));
var_dump(fwrite($f, "nope"));
var_dump(stream_get_contents($f, 5), stream_get_contents($f, -1, 30));
fclose($f);
$f = fopen($p, 'r+'); var_dump(ftruncate($f, 8), fstat($f)['size'], fread($f, 100)); fclose($f);
var_dump(file_get_contents($p), filesize($p));
var_dump(file_put_contents($p, "a\n\nb\r\nc", LOCK_EX), file($p), file($p, FILE_IGNORE_NEW_LINES), file($p, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
var_dump(file_put_contents($p, "d", FILE_APPEND), file_get_contents($p));
$m = fopen('php://memory', 'w+'); fwrite($m, "hello memory"); rewind($m); var_dump(fread($m, 5), stream_get_contents($m)); fclose($m);
$t = fopen('php://temp', 'r+'); fputcsv($t, ['a', 'b c', 'd"e', "f\ng", '', 'x,y', 12, 1.5, null, true]); fputcsv($t, ['p', 'q'], ';', "'"); rewind($t);
var_dump(stream_get_contents($t)); rewind($t); var_dump(fgetcsv($t)); var_dump(fgetcsv($t, null, ';', "'")); var_dump(fgetcsv($t)); fclose($t);
$o = fopen('php://output', 'w'); fwrite($o, "to output\n"); fprintf($o, "%s=%d\n", "n", 5); fclose($o);
var_dump(touch("$dir/t1", 1000000000), filemtime("$dir/t1"), filesize("$dir/t1"), copy($p, "$dir/copy.txt"), file_get_contents("$dir/copy.txt"), rename("$dir/copy.txt", "$dir/moved.txt"), file_exists("$dir/copy.txt"), is_file("$dir/moved.txt"));
var_dump(scandir($dir), scandir($dir, SCANDIR_SORT_DESCENDING));
$names = []; $d = opendir($dir); while (($e = readdir($d)) !== false) $names[] = $e; closedir($d); sort($names); var_dump($names);
var_dump(array_map('basename', glob("$dir/*.txt")), array_map('basename', glob("$dir/*", GLOB_ONLYDIR)), array_map('basename', glob("$dir/*", GLOB_MARK)), glob("$dir/nothing*"));
var_dump(filetype($dir), filetype($p), is_readable($p), is_writable($p), is_link($p), stat($p)['size'], realpath("$dir/a/../test.txt") === realpath($p));
$tmp = tempnam($dir, 'pre'); var_dump(strpos(basename($tmp), 'pre') === 0, file_exists($tmp), dirname($tmp) === realpath($dir)); unlink($tmp);
var_dump(@fopen("$dir/missing/x", 'r'));
fopen("$dir/missing/x", 'r');
var_dump(fopen($p, 'x'));
$f = fopen("$dir/lock", 'c+'); var_dump(flock($f, LOCK_EX), flock($f, LOCK_UN), flock($f, LOCK_SH | LOCK_NB, $wb), $wb); fclose($f);
try { fread(fopen($p, 'r'), 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo STDOUT === STDOUT ? "std ok\n" : "", get_resource_type(STDERR), "\n";
fwrite(STDOUT, "via STDOUT\n");
var_dump(filesize("$dir/nope"));
foreach (['t1', 'lock', 'moved.txt', 'test.txt'] as $n) unlink("$dir/$n");
rmdir("$dir/a/b/c"); rmdir("$dir/a/b"); rmdir("$dir/a"); var_dump(rmdir($dir), file_exists($dir));
--EXPECT--
bool(true)
bool(true)
bool(true)
string(6) "stream"
string(8) "resource"
int(18)
int(10)
int(8)
bool(true)
bool(false)
string(17) "resource (closed)"
fwrite(): supplied resource is not a valid stream resource
string(9) "line one
"
bool(false)
string(9) "line two
"
bool(false)
string(11) "line three
"
bool(false)
string(7) "00042|x"
bool(true)
bool(false)
bool(true)
bool(false)
string(4) "line"
int(4)
string(1) " "
int(0)
string(3) "2|x"
bool(true)
int(0)
int(2)
error 8: fwrite(): Write of 4 bytes failed with errno=9 Bad file descriptor
bool(false)
string(5) "ne on"
string(6) "0042|x"
bool(true)
int(8)
string(8) "line one"
string(8) "line one"
int(8)
int(7)
array(4) {
  [0]=>
  string(2) "a
"
  [1]=>
  string(1) "
"
  [2]=>
  string(3) "b
"
  [3]=>
  string(1) "c"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
int(1)
string(8) "a

b
cd"
string(5) "hello"
string(7) " memory"
string(42) "a,"b c","d""e","f
g",,"x,y",12,1.5,,1
p;q
"
array(10) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b c"
  [2]=>
  string(3) "d"e"
  [3]=>
  string(3) "f
g"
  [4]=>
  string(0) ""
  [5]=>
  string(3) "x,y"
  [6]=>
  string(2) "12"
  [7]=>
  string(3) "1.5"
  [8]=>
  string(0) ""
  [9]=>
  string(1) "1"
}
array(2) {
  [0]=>
  string(1) "p"
  [1]=>
  string(1) "q"
}
bool(false)
to output
n=5
bool(true)
int(1000000000)
int(0)
bool(true)
string(8) "a

b
cd"
bool(true)
bool(false)
bool(true)
array(6) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(1) "a"
  [3]=>
  string(9) "moved.txt"
  [4]=>
  string(2) "t1"
  [5]=>
  string(8) "test.txt"
}
array(6) {
  [0]=>
  string(8) "test.txt"
  [1]=>
  string(2) "t1"
  [2]=>
  string(9) "moved.txt"
  [3]=>
  string(1) "a"
  [4]=>
  string(2) ".."
  [5]=>
  string(1) "."
}
array(6) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(1) "a"
  [3]=>
  string(9) "moved.txt"
  [4]=>
  string(2) "t1"
  [5]=>
  string(8) "test.txt"
}
array(2) {
  [0]=>
  string(9) "moved.txt"
  [1]=>
  string(8) "test.txt"
}
array(1) {
  [0]=>
  string(1) "a"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(9) "moved.txt"
  [2]=>
  string(2) "t1"
  [3]=>
  string(8) "test.txt"
}
array(0) {
}
string(3) "dir"
string(4) "file"
bool(true)
bool(true)
bool(false)
int(8)
bool(true)
bool(true)
bool(true)
bool(true)
error 2: fopen(DIR/missing/x): Failed to open stream: No such file or directory
bool(false)
error 2: fopen(DIR/missing/x): Failed to open stream: No such file or directory
error 2: fopen(DIR/test.txt): Failed to open stream: File exists
bool(false)
bool(true)
bool(true)
bool(true)
int(0)
fread(): Argument #2 ($length) must be greater than 0
std ok
stream
via STDOUT
error 2: filesize(): stat failed for DIR/nope
bool(false)
bool(true)
bool(false)
