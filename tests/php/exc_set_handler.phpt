--TEST--
exceptions: set_exception_handler receives uncaught exceptions; previous handler is returned; script stops
--FILE--
<?php
function h1($e) { echo "h1: ", $e->getMessage(), "\n"; }
var_dump(set_exception_handler('h1'));
$prev = set_exception_handler(function (Throwable $e) { echo "closure: ", get_class($e), " ", $e->getMessage(), "\n"; });
var_dump($prev);
register_shutdown_function(function () { echo "shutdown\n"; });
echo "throwing\n";
throw new DomainException('out');
echo "not reached\n";
--EXPECT--
NULL
string(2) "h1"
throwing
closure: DomainException out
shutdown
