--TEST--
include: relative paths resolve via include_path, then the including script's directory, then cwd; ./ paths only from cwd
--FILE--
<?php
$base = sys_get_temp_dir() . '/' . uniqid('phpb' . getmypid() . '_'); mkdir($base); mkdir("$base/lib"); mkdir("$base/sub"); mkdir("$base/cwd");
file_put_contents("$base/lib/a.php", '<?php return "lib/a";');
file_put_contents("$base/sub/a.php", '<?php return "sub/a";');
file_put_contents("$base/sub/b.php", '<?php return "sub/b";');
file_put_contents("$base/cwd/b.php", '<?php return "cwd/b";');
file_put_contents("$base/cwd/c.php", '<?php return "cwd/c";');
file_put_contents("$base/sub/runner.php", '<?php return [include "a.php", include "b.php", include "c.php", @include "./a.php", include "./b.php"];');
chdir("$base/cwd");
set_include_path("$base/lib");
print_r(include "$base/sub/runner.php");
set_include_path(".");
print_r(include "$base/sub/runner.php");
var_dump(get_include_path());
foreach (["lib/a", "sub/a", "sub/b", "sub/runner", "cwd/b", "cwd/c"] as $f) unlink("$base/$f.php");
rmdir("$base/lib"); rmdir("$base/sub"); chdir('/'); rmdir("$base/cwd"); rmdir($base);
--EXPECT--
Array
(
    [0] => lib/a
    [1] => sub/b
    [2] => cwd/c
    [3] => 
    [4] => cwd/b
)
Array
(
    [0] => sub/a
    [1] => cwd/b
    [2] => cwd/c
    [3] => 
    [4] => cwd/b
)
string(1) "."
