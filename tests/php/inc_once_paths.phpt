--TEST--
include: include_once recognises the same file through different relative paths and symlinks-free . and .. segments
--FILE--
<?php
$dir = sys_get_temp_dir() . '/' . uniqid('phpb' . getmypid() . '_'); mkdir($dir); mkdir("$dir/d");
file_put_contents("$dir/d/once.php", '<?php echo "loaded\n"; return 7;');
var_dump(include_once "$dir/d/once.php");
var_dump(include_once "$dir/d/../d/./once.php");
chdir($dir); var_dump(include_once "d/once.php", require_once "./d/once.php");
var_dump(count(array_filter(get_included_files(), fn($f) => str_ends_with($f, 'once.php'))));
unlink("$dir/d/once.php"); rmdir("$dir/d"); chdir('/'); rmdir($dir);
--EXPECT--
loaded
int(7)
bool(true)
bool(true)
bool(true)
int(1)
