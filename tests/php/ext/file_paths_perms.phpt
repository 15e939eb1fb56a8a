--TEST--
file system extras: pathinfo, chmod/chown/chgrp, symlink/link/readlink, fnmatch, umask, disk space, decoct/bin2hex
--FILE--
<?php
$dir = sys_get_temp_dir() . '/phpstd_f2_' . getmypid() . '_' . uniqid();
mkdir($dir);
set_error_handler(function ($no, $msg) use (&$dir) { echo "error $no: ", str_replace($dir, 'DIR', $msg), "\n"; return true; });
var_dump(pathinfo("/a/b.c/file.tar.gz"), pathinfo("noext"), pathinfo(".hidden"), pathinfo("/a/b/"), pathinfo("x.y", PATHINFO_EXTENSION), pathinfo("", PATHINFO_DIRNAME), pathinfo("dir/", PATHINFO_BASENAME), pathinfo("a/b", PATHINFO_EXTENSION), pathinfo("/"), PATHINFO_ALL);
file_put_contents("$dir/f", "x");
var_dump(chmod("$dir/f", 0640), decoct(fileperms("$dir/f") & 0777), chmod("$dir/nope", 0777));
var_dump(symlink("$dir/f", "$dir/l"), is_link("$dir/l"), readlink("$dir/l") === "$dir/f", filetype("$dir/l"), link("$dir/f", "$dir/h"), stat("$dir/h")['nlink'], readlink("$dir/f"));
var_dump(chown("$dir/f", getmyuid()), chgrp("$dir/f", getmygid()), fileowner("$dir/f") === getmyuid(), filegroup("$dir/f") === getmygid());
var_dump(fnmatch("*.txt", "a.txt"), fnmatch("a?c", "abc"), fnmatch("[a-c]x", "bx"), fnmatch("*.TXT", "a.txt", FNM_CASEFOLD), fnmatch("*.TXT", "a.txt"), fnmatch("*/b", "a/b", FNM_PATHNAME));
$old = umask(022); var_dump(umask() === 022); umask($old);
var_dump(is_float(disk_free_space($dir)), disk_total_space($dir) > 0);
foreach (['f', 'l', 'h'] as $n) unlink("$dir/$n");
rmdir($dir);
var_dump(bin2hex("a\x00\xff"), hex2bin("61ff") === "a\xff", decoct(8), octdec("777"), hex2bin("abc"), hex2bin("zz"));
--EXPECT--
array(4) {
  ["dirname"]=>
  string(6) "/a/b.c"
  ["basename"]=>
  string(11) "file.tar.gz"
  ["extension"]=>
  string(2) "gz"
  ["filename"]=>
  string(8) "file.tar"
}
array(3) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(5) "noext"
  ["filename"]=>
  string(5) "noext"
}
array(4) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(7) ".hidden"
  ["extension"]=>
  string(6) "hidden"
  ["filename"]=>
  string(0) ""
}
array(3) {
  ["dirname"]=>
  string(2) "/a"
  ["basename"]=>
  string(1) "b"
  ["filename"]=>
  string(1) "b"
}
string(1) "y"
string(0) ""
string(3) "dir"
string(0) ""
array(3) {
  ["dirname"]=>
  string(1) "/"
  ["basename"]=>
  string(0) ""
  ["filename"]=>
  string(0) ""
}
int(15)
error 2: chmod(): No such file or directory
bool(true)
string(3) "640"
bool(false)
error 2: readlink(): Invalid argument
bool(true)
bool(true)
bool(true)
string(4) "link"
bool(true)
int(2)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
error 2: hex2bin(): Hexadecimal input string must have an even length
error 2: hex2bin(): Input string must be hexadecimal string
string(6) "6100ff"
bool(true)
string(2) "10"
int(511)
bool(false)
bool(false)
