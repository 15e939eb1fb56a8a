--TEST--
include_missing: a missing file makes include warn and return false, and require throw an Error
--FILE--
<?php
var_dump(include 'no_such_file.php');
var_dump(include_once "sub/../no_such_file.php");
function f() { return include_once 'sub/none.php'; }
var_dump(f());
try {
    require 'no_such_file.php';
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
try {
    include '';
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(file_exists('no_such_file.php'));
echo "before\n";
require_once 'no_such_file.php';
echo "not reached\n";
--EXPECTF--

Warning: include(no_such_file.php): Failed to open stream: No such file or directory in %s on line 2

Warning: include(): Failed opening 'no_such_file.php' for inclusion (include_path='.:/usr/share/php') in %s on line 2
bool(false)

Warning: include_once(sub/../no_such_file.php): Failed to open stream: No such file or directory in %s on line 3

Warning: include_once(): Failed opening 'sub/../no_such_file.php' for inclusion (include_path='.:/usr/share/php') in %s on line 3
bool(false)

Warning: include_once(sub/none.php): Failed to open stream: No such file or directory in %s on line 4

Warning: include_once(): Failed opening 'sub/none.php' for inclusion (include_path='.:/usr/share/php') in %s on line 4
bool(false)

Warning: require(no_such_file.php): Failed to open stream: No such file or directory in %s on line 7
Error: Failed opening required 'no_such_file.php' (include_path='.:/usr/share/php') line 7
ValueError: Path cannot be empty
bool(false)
before

Warning: require_once(no_such_file.php): Failed to open stream: No such file or directory in %s on line 18

Fatal error: Uncaught Error: Failed opening required 'no_such_file.php' (include_path='.:/usr/share/php') in %s:18
Stack trace:
#0 {main}
  thrown in %s on line 18
[exit 255: ]
