--TEST--
spl_autoload: the default autoloader (spl_autoload_register() without a callable, lower-cased file names through include_path, namespaces as directories, spl_autoload_extensions, include once)
--FILE--
<?php
$d = sys_get_temp_dir() . "/splautoload-" . getmypid() . "-" . uniqid();
mkdir("$d/lib/my/ns", 0777, true);
file_put_contents("$d/lib/foo.inc", '<?php echo "loading foo.inc\n"; class Foo { }');
file_put_contents("$d/lib/bar.php", '<?php echo "loading bar.php\n"; class Bar { }');
file_put_contents("$d/lib/my/ns/baz.php", '<?php namespace My\Ns; echo "loading baz\n"; class Baz { }');
file_put_contents("$d/lib/qux.txt", '<?php echo "loading qux.txt\n"; class Qux { }');
file_put_contents("$d/lib/empty.php", '<?php echo "loading empty.php (no class)\n";');
var_dump(spl_autoload_extensions());
set_include_path("$d/lib");
spl_autoload_register();
var_dump(spl_autoload_functions());
spl_autoload_register();
var_dump(count(spl_autoload_functions()));
var_dump(class_exists("FOO"), class_exists("Bar"), new My\Ns\Baz instanceof My\Ns\Baz);
var_dump(class_exists("Qux"));
var_dump(spl_autoload_extensions(".txt,.php"), class_exists("Qux"));
var_dump(class_exists("Empty"), class_exists("Empty"));
spl_autoload("Bar");
spl_autoload("NotThere", ".php");
var_dump(spl_autoload_unregister("spl_autoload"), spl_autoload_functions());
spl_autoload_register(function ($c) { echo "closure for $c\n"; });
spl_autoload_register(null, true, true);
var_dump(count(spl_autoload_functions()), spl_autoload_functions()[0]);
var_dump(class_exists("Missing"));
try { new Missing2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
foreach (["foo.inc", "bar.php", "my/ns/baz.php", "qux.txt", "empty.php"] as $f) unlink("$d/lib/$f");
rmdir("$d/lib/my/ns"); rmdir("$d/lib/my"); rmdir("$d/lib"); rmdir($d);
--EXPECT--
string(9) ".inc,.php"
array(1) {
  [0]=>
  string(12) "spl_autoload"
}
int(1)
loading foo.inc
loading bar.php
loading baz
bool(true)
bool(true)
bool(true)
bool(false)
loading qux.txt
string(9) ".txt,.php"
bool(true)
loading empty.php (no class)
bool(false)
bool(false)
bool(true)
array(0) {
}
int(2)
string(12) "spl_autoload"
closure for Missing
bool(false)
closure for Missing2
Class "Missing2" not found
