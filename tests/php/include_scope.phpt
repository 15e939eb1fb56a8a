--TEST--
include_scope: included files run in the including scope, declare their functions, classes and constants, and return a value
--FILE--
<?php
$dir = __DIR__;
file_put_contents("$dir/inc_vars.php", '<?php
echo "in ", basename(__FILE__), " dir ok: ", var_export(__DIR__ === dirname(__FILE__), true), " line ", __LINE__, "\n";
$seen = isset($x) ? $x : "unset";
$x = ($x ?? 0) + 10;
$created = "made by include";
const INC_CONST = 7;
function inc_func($a) { return $a * 2; }
class IncClass { public function hi() { return "hi from " . __CLASS__; } }
if (!function_exists("inc_cond")) {
    function inc_cond() { return "conditional"; }
}
return ["seen" => $seen, "x" => $x];
');
file_put_contents("$dir/inc_plain.php", "plain text, no PHP\n");
file_put_contents("$dir/inc_noreturn.php", '<?php $y = "set"; ');
file_put_contents("$dir/inc_empty_return.php", '<?php return; ');
file_put_contents("$dir/inc_nested.php", '<?php $depth = ($depth ?? 0) + 1; echo "nested depth $depth\n"; if ($depth < 3) include __FILE__; $after = $depth;');
file_put_contents("$dir/inc_this.php", '<?php return $this->secret . " " . self::class . " " . static::class . " " . $arg;');

$x = 5;
$r = include 'inc_vars.php';
var_dump($r, $x, $created, INC_CONST, inc_func(21), (new IncClass)->hi(), inc_cond());
var_dump(include './inc_noreturn.php', $y);
var_dump(include $dir . '/inc_empty_return.php');
var_dump(include 'inc_plain.php');
include 'inc_nested.php';
var_dump($depth, $after);

function in_function() {
    $x = 1;
    $r = require 'inc_noreturn.php';
    return [$r, $x, $y];
}
var_dump(in_function());
function fresh_scope() {
    return (include 'inc_empty_return.php') ?? (isset($created) ? "leaked" : "own scope");
}
var_dump(fresh_scope());

class Holder {
    private $secret = "private value";
    public function get($arg) { return include 'inc_this.php'; }
}
class SubHolder extends Holder {}
var_dump((new SubHolder)->get("arg"));

function uses_global() { global $created; return $created; }
var_dump(uses_global());
$z = 'before';
$fn = function () use ($dir) { $z = 'closure'; include "$dir/inc_noreturn.php"; return "$z $y"; };
var_dump($fn(), $z);
foreach (['inc_vars', 'inc_plain', 'inc_noreturn', 'inc_empty_return', 'inc_nested', 'inc_this'] as $f) unlink("$dir/$f.php");
--EXPECT--
in inc_vars.php dir ok: true line 2
array(2) {
  ["seen"]=>
  int(5)
  ["x"]=>
  int(15)
}
int(15)
string(15) "made by include"
int(7)
int(42)
string(16) "hi from IncClass"
string(11) "conditional"
int(1)
string(3) "set"
NULL
plain text, no PHP
int(1)
nested depth 1
nested depth 2
nested depth 3
int(3)
int(3)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  string(3) "set"
}
string(9) "own scope"
string(34) "private value Holder SubHolder arg"
string(15) "made by include"
string(11) "closure set"
string(6) "before"
