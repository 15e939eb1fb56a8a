--TEST--
stream filters: user filters (stream_filter_register, php_user_filter, buckets, PSFS_*), zlib.deflate/zlib.inflate with parameters, dechunk
--FILE--
<?php
$d = sys_get_temp_dir() . "/userfilters-" . getmypid() . "-" . uniqid();
mkdir($d);
class upper_filter extends php_user_filter {
    function onCreate(): bool { echo "onCreate {$this->filtername} ", json_encode($this->params), "\n"; return true; }
    function onClose(): void { echo "onClose {$this->filtername}\n"; }
    function filter($in, $out, &$consumed, $closing): int {
        echo "filter closing=", var_export($closing, true), " consumed=", var_export($consumed, true), " stream=", gettype($this->stream), "\n";
        while ($bucket = stream_bucket_make_writeable($in)) {
            $bucket->data = strtoupper($bucket->data);
            $consumed += $bucket->datalen;
            stream_bucket_append($out, $bucket);
        }
        return PSFS_PASS_ON;
    }
}
class feed extends php_user_filter {
    private $buf = '';
    function filter($in, $out, &$consumed, $closing): int {
        while ($b = stream_bucket_make_writeable($in)) { $this->buf .= $b->data; }
        if (!$closing) return PSFS_FEED_ME;
        $b = stream_bucket_new($this->stream, "[" . strrev($this->buf) . "]");
        stream_bucket_append($out, $b);
        return PSFS_PASS_ON;
    }
}
class nope extends php_user_filter { function onCreate(): bool { return false; } }
var_dump(stream_filter_register("myupper", "upper_filter"));
var_dump(stream_filter_register("rev.*", "feed"));
var_dump(stream_filter_register("nope", "nope"));
var_dump(stream_filter_register("ghost", "NoSuchClass"));
var_dump(stream_filter_register("myupper", "feed"));
print_r(stream_get_filters());
file_put_contents("$d/a.txt", "hello world\nline two\n");
$f = fopen("$d/a.txt", "r");
$flt = stream_filter_append($f, "myupper", STREAM_FILTER_READ, ["x" => 1]);
var_dump(fgets($f));
var_dump(stream_filter_remove($flt));
var_dump(fgets($f));
fclose($f);
$f = fopen("$d/b.txt", "w");
stream_filter_append($f, "rev.anything");
fwrite($f, "abc");
fwrite($f, "def");
var_dump(file_get_contents("$d/b.txt"));
fclose($f);
var_dump(file_get_contents("$d/b.txt"));
$f = fopen("$d/a.txt", "r");
var_dump(stream_filter_append($f, "nope"));
var_dump(stream_filter_append($f, "ghost"));
var_dump(stream_filter_append($f, "unknownfilter"));
fclose($f);
// zlib filters
$f = fopen("$d/c.z", "w");
stream_filter_append($f, "zlib.deflate", STREAM_FILTER_WRITE, 6);
fwrite($f, str_repeat("data ", 100));
fclose($f);
var_dump(gzinflate(file_get_contents("$d/c.z")) === str_repeat("data ", 100));
var_dump(strlen(file_get_contents("$d/c.z")));
$f = fopen("$d/c.z", "r");
stream_filter_append($f, "zlib.inflate", STREAM_FILTER_READ);
var_dump(strlen(stream_get_contents($f)));
fclose($f);
file_put_contents("$d/d.gz", gzencode("gzip body"));
$f = fopen("$d/d.gz", "r");
stream_filter_append($f, "zlib.inflate", STREAM_FILTER_READ, ["window" => 31]);
var_dump(stream_get_contents($f));
fclose($f);
var_dump(file_get_contents("php://filter/read=zlib.inflate/resource=$d/c.z") === str_repeat("data ", 100));
file_put_contents("$d/e.txt", "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer: x\r\n\r\n");
var_dump(file_get_contents("php://filter/read=dechunk/resource=$d/e.txt"));
file_put_contents("$d/e.txt", "zz not chunked");
var_dump(file_get_contents("php://filter/read=dechunk/resource=$d/e.txt"));
$f = fopen("$d/c.z", "w");
stream_filter_append($f, "zlib.deflate", STREAM_FILTER_WRITE, ["level" => 11, "window" => 99, "memory" => 0]);
fclose($f);
array_map('unlink', glob("$d/*")); rmdir($d);
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
Array
(
    [0] => zlib.*
    [1] => string.rot13
    [2] => string.toupper
    [3] => string.tolower
    [4] => convert.*
    [5] => consumed
    [6] => dechunk
    [7] => myupper
    [8] => rev.*
    [9] => nope
    [10] => ghost
)
onCreate myupper {"x":1}
filter closing=false consumed=NULL stream=resource
filter closing=true consumed=NULL stream=resource
string(12) "HELLO WORLD
"
filter closing=true consumed=NULL stream=resource
onClose myupper
bool(true)
string(9) "LINE TWO
"
string(0) ""
string(8) "[fedcba]"

Warning: stream_filter_append(): Unable to create or locate filter "nope" in %s on line 49
bool(false)

Warning: stream_filter_append(): User-filter "ghost" requires class "NoSuchClass", but that class is not defined in %s on line 50

Warning: stream_filter_append(): Unable to create or locate filter "ghost" in %s on line 50
bool(false)

Warning: stream_filter_append(): Unable to locate filter "unknownfilter" in %s on line 51
bool(false)
bool(true)
int(12)
int(500)
string(9) "gzip body"
bool(true)
string(11) "hello world"
string(14) "zz not chunked"

Warning: stream_filter_append(): Invalid parameter given for memory level (0) in %s on line 75

Warning: stream_filter_append(): Invalid parameter given for window size (99) in %s on line 75

Warning: stream_filter_append(): Invalid compression level specified. (11) in %s on line 75
