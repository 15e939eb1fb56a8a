--TEST--
files: copy() of a file onto itself leaves it alone, onto a directory warns; zlib streams refuse read+write modes
--FILE--
<?php
$d = sys_get_temp_dir() . "/cp-" . getmypid() . "-" . uniqid(); mkdir($d); chdir($d);
file_put_contents("a.txt", "abc");
var_dump(copy("a.txt", "a.txt"), copy("$d/a.txt", "a.txt"), file_get_contents("a.txt"));
mkdir("sub"); var_dump(copy("a.txt", "sub"));
var_dump(gzopen("a.txt", "w+"), fopen("compress.zlib://a.txt", "r+"), file_get_contents("a.txt"));
unlink("a.txt"); rmdir("sub"); chdir("/"); rmdir($d);
--EXPECTF--
bool(false)
bool(false)
string(3) "abc"

Warning: copy(): The second argument to copy() function cannot be a directory in %s on line 5
bool(false)

Warning: gzopen(): Cannot open a zlib stream for reading and writing at the same time! in %s on line 6

Warning: fopen(compress.zlib://a.txt): Failed to open stream: operation failed in %s on line 6
bool(false)
bool(false)
string(3) "abc"
