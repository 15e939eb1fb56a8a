--TEST--
include: include returns the file's return value, 1 without return, false with a warning for missing files; _once returns true the second time
--FILE--
<?php
$dir = sys_get_temp_dir() . '/' . uniqid('phpb' . getmypid() . '_'); mkdir($dir);
file_put_contents("$dir/ret.php", '<?php return ["a" => 1];');
file_put_contents("$dir/noret.php", '<?php $set_by_include = "yes";');
file_put_contents("$dir/early.php", '<?php echo "part1\n"; if (true) return 5; echo "not shown\n";');
var_dump(include "$dir/ret.php", include "$dir/noret.php", $set_by_include, include "$dir/early.php");
var_dump(include_once "$dir/ret.php", include_once "$dir/ret.php", require_once "$dir/noret.php");
var_dump((include "$dir/ret.php")['a']);
var_dump(@include "$dir/missing.php");
$r = include "missing_phpb_file.php";
foreach (["ret", "noret", "early"] as $f) unlink("$dir/$f.php"); rmdir($dir);
--EXPECTF--
part1
array(1) {
  ["a"]=>
  int(1)
}
int(1)
string(3) "yes"
int(5)
bool(true)
bool(true)
bool(true)
int(1)
bool(false)

Warning: include(missing_phpb_file.php): Failed to open stream: No such file or directory in %s on line 10

Warning: include(): Failed opening 'missing_phpb_file.php' for inclusion (include_path='.:/usr/share/php') in %s on line 10
