--TEST--
include_once: *_once by real path, path resolution through include_path and the including file's directory
--FILE--
<?php
$dir = __DIR__;
mkdir("$dir/sub");
file_put_contents("$dir/inc_once.php", '<?php $count = ($count ?? 0) + 1; echo "running inc_once ($count)\n"; return "first";');
file_put_contents("$dir/sub/inc_rel.php", '<?php echo "sub/inc_rel from ", basename(__DIR__), "\n"; return include "inc_sibling.php";');
file_put_contents("$dir/sub/inc_sibling.php", '<?php return "sibling found via the including file\'s directory";');
file_put_contents("$dir/inc_sibling.php", '<?php return "sibling found via include_path (cwd)";');

var_dump(include_once 'inc_once.php');
var_dump(include_once 'inc_once.php');
var_dump(require_once './inc_once.php');
var_dump(include_once "$dir/sub/../inc_once.php");
var_dump(include 'inc_once.php');
var_dump(require_once __FILE__);

var_dump(include 'sub/inc_rel.php');
unlink("$dir/inc_sibling.php");
var_dump(include 'sub/inc_rel.php');
chdir("$dir/sub");
var_dump(basename(getcwd()));
var_dump(include 'inc_sibling.php');
var_dump(include '../inc_once.php');
var_dump((include_once 'inc_once.php'));
chdir($dir);
var_dump(get_include_path());
var_dump(array_map('basename', get_included_files()));
unlink("$dir/inc_once.php");
unlink("$dir/sub/inc_rel.php");
unlink("$dir/sub/inc_sibling.php");
rmdir("$dir/sub");
--EXPECT--
running inc_once (1)
string(5) "first"
bool(true)
bool(true)
bool(true)
running inc_once (2)
string(5) "first"
bool(true)
sub/inc_rel from sub
string(36) "sibling found via include_path (cwd)"
sub/inc_rel from sub
string(48) "sibling found via the including file's directory"
string(3) "sub"
string(48) "sibling found via the including file's directory"
running inc_once (3)
string(5) "first"
bool(true)
string(16) ".:/usr/share/php"
array(5) {
  [0]=>
  string(16) "include_once.php"
  [1]=>
  string(12) "inc_once.php"
  [2]=>
  string(11) "inc_rel.php"
  [3]=>
  string(15) "inc_sibling.php"
  [4]=>
  string(15) "inc_sibling.php"
}
