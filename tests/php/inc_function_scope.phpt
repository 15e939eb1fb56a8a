--TEST--
include: included code shares the including function's local scope; functions and classes it declares are global
--FILE--
<?php
$dir = sys_get_temp_dir() . '/' . uniqid('phpb' . getmypid() . '_'); mkdir($dir);
file_put_contents("$dir/inc.php", '<?php $local = "from include: $param"; function declared_inside() { return "global fn"; } class IncClass { const C = 1; } return get_defined_vars();');
function loader($param) { $vars = include $GLOBALS['dir'] . '/inc.php'; ksort($vars); return [$local, array_keys($vars)]; }
print_r(loader('p'));
var_dump(isset($local), declared_inside(), IncClass::C);
class Holder { private $secret = 's'; function load($d) { return include "$d/this.php"; } }
file_put_contents("$dir/this.php", '<?php return get_class($this) . " " . $this->secret . " " . __CLASS__ . "|" . __FUNCTION__;');
var_dump((new Holder)->load($dir));
unlink("$dir/inc.php"); unlink("$dir/this.php"); rmdir($dir);
--EXPECT--
Array
(
    [0] => from include: p
    [1] => Array
        (
            [0] => local
            [1] => param
        )

)
bool(false)
string(9) "global fn"
int(1)
string(10) "Holder s |"
