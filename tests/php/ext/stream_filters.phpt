--TEST--
stream filters: append/prepend/remove, the string.* and convert.* filters, php://filter URLs
--FILE--
<?php
$dir = sys_get_temp_dir() . "/filters-" . getmypid() . "-" . uniqid();
mkdir($dir);
var_dump(STREAM_FILTER_READ, STREAM_FILTER_WRITE, STREAM_FILTER_ALL);
foreach (["string.rot13", "string.toupper", "string.tolower", "convert.base64-encode", "convert.quoted-printable-encode"] as $name) {
  $f = fopen("$dir/w.txt", "w");
  $x = stream_filter_append($f, $name, STREAM_FILTER_WRITE);
  var_dump(get_resource_type($x));
  fwrite($f, "Hello, World = é\r\n");
  fwrite($f, "second chunk!");
  fclose($f);
  var_dump($name, file_get_contents("$dir/w.txt"));
}
file_put_contents("$dir/r.txt", "SGVsbG8s\nIFdvcmxkIQ==");
$f = fopen("$dir/r.txt", "r");
stream_filter_append($f, "convert.base64-decode");
var_dump(fread($f, 100), feof($f));
fclose($f);
file_put_contents("$dir/q.txt", "a=3Db=\r\nc=41=\nz");
$f = fopen("$dir/q.txt", "r");
stream_filter_append($f, "convert.quoted-printable-decode");
var_dump(stream_get_contents($f));
fclose($f);
// chains, prepend, remove
file_put_contents("$dir/c.txt", "Mixed Case Text\n");
$f = fopen("$dir/c.txt", "r");
$a = stream_filter_append($f, "string.toupper");
$b = stream_filter_append($f, "string.rot13");
var_dump(fgets($f));
rewind($f);
stream_filter_remove($b);
var_dump(fgets($f));
rewind($f);
stream_filter_prepend($f, "string.tolower");
var_dump(fgets($f));
fclose($f);
// removing a write filter flushes its tail
$f = fopen("$dir/b.txt", "w");
$e = stream_filter_append($f, "convert.base64-encode");
fwrite($f, "ab");
var_dump(stream_filter_remove($e));
fwrite($f, "|plain");
fclose($f);
var_dump(file_get_contents("$dir/b.txt"));
// both directions on a read/write stream
$f = fopen("$dir/rw.txt", "w+");
stream_filter_append($f, "string.toupper");
fwrite($f, "both ways\n");
rewind($f);
var_dump(fgets($f));
fclose($f);
var_dump(file_get_contents("$dir/rw.txt"));
// php://output
$o = fopen("php://output", "w");
stream_filter_append($o, "string.rot13");
fwrite($o, "hello output\n");
fclose($o);
// php://filter
var_dump(file_get_contents("php://filter/read=string.toupper|string.rot13/resource=$dir/c.txt"));
var_dump(file_get_contents("php://filter/string.tolower/resource=$dir/c.txt"));
$f = fopen("php://filter/read=convert.base64-encode/resource=$dir/c.txt", "r");
var_dump(fread($f, 100));
fclose($f);
file_put_contents("php://filter/write=string.rot13/resource=$dir/p.txt", "written via filter");
var_dump(file_get_contents("$dir/p.txt"));
// errors
$f = fopen("$dir/c.txt", "r");
var_dump(stream_filter_append($f, "nope"), stream_filter_append($f, "convert.nope"));
$g = stream_filter_append($f, "string.rot13");
var_dump(stream_filter_remove($g));
try { stream_filter_remove($g); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_filter_remove($f); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
fclose($f);
foreach (glob("$dir/*") as $p) unlink($p);
rmdir($dir);
--EXPECTF--
int(1)
int(2)
int(3)
string(13) "stream filter"
string(12) "string.rot13"
string(32) "Uryyb, Jbeyq = é
frpbaq puhax!"
string(13) "stream filter"
string(14) "string.toupper"
string(32) "HELLO, WORLD = é
SECOND CHUNK!"
string(13) "stream filter"
string(14) "string.tolower"
string(32) "hello, world = é
second chunk!"
string(13) "stream filter"
string(21) "convert.base64-encode"
string(44) "SGVsbG8sIFdvcmxkID0gw6kNCnNlY29uZCBjaHVuayE="
string(13) "stream filter"
string(31) "convert.quoted-printable-encode"
string(42) "Hello, World =3D =C3=A9=0D=0Asecond chunk!"
string(13) "Hello, World!"
bool(true)
string(6) "a=bcAz"
string(16) "ZVKRQ PNFR GRKG
"
string(16) "MIXED CASE TEXT
"
string(16) "MIXED CASE TEXT
"
bool(true)
string(10) "YWI=|plain"
string(10) "BOTH WAYS
"
string(10) "BOTH WAYS
"
uryyb bhgchg
string(16) "ZVKRQ PNFR GRKG
"
string(16) "mixed case text
"
string(24) "TWl4ZWQgQ2FzZSBUZXh0Cg=="
string(18) "jevggra ivn svygre"

Warning: stream_filter_append(): Unable to locate filter "nope" in %s on line 68

Warning: stream_filter_append(): Unable to create or locate filter "convert.nope" in %s on line 68
bool(false)
bool(false)
bool(true)
stream_filter_remove(): supplied resource is not a valid stream filter resource
stream_filter_remove(): supplied resource is not a valid stream filter resource
