--TEST--
bi: call_user_func(_array) with every callable form, func_get_args/func_num_args, function_exists
--FILE--
<?php
function add($a, $b = 10) { return $a + $b; }
class M { static function st($x) { return "st:$x"; } function in($x) { return "in:$x"; } function __invoke($x) { return "invoke:$x"; } }
$m = new M;
echo call_user_func('add', 1), " ", call_user_func('add', 1, 2), " ", call_user_func_array('add', [3, 4]), "\n";
echo call_user_func('M::st', 'a'), " ", call_user_func(['M', 'st'], 'b'), " ", call_user_func([$m, 'in'], 'c'), " ", call_user_func($m, 'd'), "\n";
echo call_user_func(fn($x) => "arrow:$x", 'e'), " ", call_user_func_array([new M, 'in'], ['f']), "\n";
echo call_user_func_array('add', ['b' => 5, 'a' => 1]), "\n";
echo call_user_func_array('str_pad', ['x', 3, 'pad_type' => STR_PAD_LEFT, 'pad_string' => '-']), "\n";
function args() { return func_num_args() . ':' . json_encode(func_get_args()); }
echo args(), " ", args(1, 'two', [3]), "\n";
function partial($a, $b = 'B') { $a = 'changed'; return json_encode(func_get_args()); }
echo partial('A'), partial('A', 'b', 'extra'), "\n";
var_dump(function_exists('add'), function_exists('ADD'), function_exists('strlen'), function_exists('nope'), function_exists('M::st'));
var_dump(is_callable('add'), is_callable([$m, 'in']), is_callable($m));
try { call_user_func('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { func_get_args(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
11 3 7
st:a st:b in:c invoke:d
arrow:e in:f
6
--x
0:[] 3:[1,"two",[3]]
["changed"]["changed","b","extra"]
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
call_user_func(): Argument #1 ($callback) must be a valid callback, function "nope" not found or invalid function name
func_get_args() cannot be called from the global scope
