--TEST--
shutdown_functions: register_shutdown_function after the script and exit(), exit() in one
--FILE--
<?php
function bye($who, $n) { echo "bye $who $n, level ", ob_get_level(), "\n"; register_shutdown_function(fn() => print("registered late\n")); }
register_shutdown_function('bye', 'world', 2);
register_shutdown_function(function () { echo "closure\n"; });
register_shutdown_function(function () { echo "exits\n"; exit(7); });
register_shutdown_function(function () { echo "never: exit() ended the list\n"; });
class K { static function m() { echo "static method\n"; } }
register_shutdown_function(['K', 'm']);
try {
    register_shutdown_function('no_such_function');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
ob_start();
echo "main\n";
function leave() { exit(4); }
leave();
--EXPECT--
register_shutdown_function(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
main
bye world 2, level 1
closure
exits
[exit 7: ]
