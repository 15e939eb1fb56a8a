--TEST--
a compile error in eval'd code is fatal: no destructors run after it, shutdown functions do
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown\n"; });
class D { function __destruct() { echo "destructed\n"; } }
$d = new D;
eval("function f(\$a) { return \$a{0}; }");
echo "end\n";
--EXPECTF--

Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s(5) : eval()'d code on line 1
shutdown
[exit 255: ]
