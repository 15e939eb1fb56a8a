--TEST--
zlib: gzcompress/gzdeflate/gzencode and their decoders, zlib_encode/zlib_decode, max_length, errors, gzopen and the gz* file functions, compress.zlib:// URLs
--FILE--
<?php
$d = sys_get_temp_dir() . "/zlib-" . getmypid() . "-" . uniqid();
mkdir($d);
chdir($d); // the warnings name relative paths
$f = fopen("$d/x.txt", "w");
fwrite($f, "hello");
var_dump(file_get_contents("$d/x.txt"));
fclose($f);
$s = str_repeat("The quick brown fox jumps. ", 20);
foreach (['gzcompress','gzdeflate','gzencode'] as $fn) { $c = $fn($s); echo $fn, " ", strlen($c), " ", bin2hex(substr($c,0,12)), "\n"; }
var_dump(gzuncompress(gzcompress($s)) === $s, gzinflate(gzdeflate($s, 9)) === $s, gzdecode(gzencode($s)) === $s);
var_dump(zlib_decode(gzencode($s)) === $s, zlib_decode(gzdeflate($s)) === $s, zlib_decode(gzcompress($s)) === $s);
var_dump(bin2hex(zlib_encode("abc", ZLIB_ENCODING_DEFLATE, 1)));
var_dump(gzuncompress(gzcompress($s), 10));
var_dump(gzinflate("garbage"));
try { gzcompress("x", 10); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { zlib_encode("x", 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { gzinflate("x", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$g = gzopen("$d/y.gz", "wb9");
var_dump(gzwrite($g, "line1\nline2\n"), gzputs($g, "line3\n"));
var_dump(gzclose($g));
print_r(gzfile("$d/y.gz"));
var_dump(readgzfile("$d/y.gz"));
$g = gzopen("$d/y.gz", "r");
var_dump(gzgets($g), gzread($g, 3), gztell($g), gzeof($g), gzgetc($g));
gzrewind($g); var_dump(gzread($g, 100), gzeof($g));
var_dump(gzseek($g, 2), gzread($g, 4));
gzclose($g);
var_dump(file_get_contents("compress.zlib://$d/y.gz"));
var_dump(file_put_contents("compress.zlib://$d/z.gz", "zzz"), gzdecode(file_get_contents("$d/z.gz")));
var_dump(gzopen("nonexist.gz", "r"));
var_dump(fopen("compress.zlib://nonexist.gz", "r"));
var_dump(file_get_contents("compress.zlib://nonexist.gz"));
var_dump(ZLIB_ENCODING_RAW, ZLIB_VERSION === zlib_get_coding_type() , FORCE_GZIP);
array_map('unlink', glob("$d/*")); rmdir($d);
--EXPECTF--
string(5) "hello"
gzcompress 40 789c0bc94855282ccd4cce56
gzdeflate 34 0bc94855282ccd4cce56482a
gzencode 52 1f8b08000000000000030bc9
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(22) "78014b4c4a0600024d0127"

Warning: gzuncompress(): insufficient memory in %s on line 14
bool(false)

Warning: gzinflate(): data error in %s on line 15
bool(false)
gzcompress(): Argument #2 ($level) must be between -1 and 9
zlib_encode(): Argument #2 ($encoding) must be one of ZLIB_ENCODING_RAW, ZLIB_ENCODING_GZIP, or ZLIB_ENCODING_DEFLATE
gzinflate(): Argument #2 ($max_length) must be greater than or equal to 0
int(12)
int(6)
bool(true)
Array
(
    [0] => line1

    [1] => line2

    [2] => line3

)
line1
line2
line3
int(18)
string(6) "line1
"
string(3) "lin"
int(9)
bool(false)
string(1) "e"
string(18) "line1
line2
line3
"
bool(true)
int(0)
string(4) "ne1
"
string(18) "line1
line2
line3
"
int(3)
string(3) "zzz"

Warning: gzopen(nonexist.gz): Failed to open stream: No such file or directory in %s on line 31
bool(false)

Warning: fopen(compress.zlib://nonexist.gz): Failed to open stream: operation failed in %s on line 32
bool(false)

Warning: file_get_contents(compress.zlib://nonexist.gz): Failed to open stream: operation failed in %s on line 33
bool(false)
int(-15)
bool(false)
int(31)
