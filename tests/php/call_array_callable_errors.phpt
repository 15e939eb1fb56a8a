--TEST--
call: calling an array that is no valid callback names what is wrong with it
--FILE--
<?php
class A { static function m() { return "A::m"; } }
$cbs = [[1 => 0, 2 => 0], ["A"], [1, 2], ["A", 2], [new A, 2.5], [1, 2, 3], [], ["A", "m"],
        ["A", "nope"], ["Nope", "m"]];
foreach ($cbs as $cb) {
    try {
        echo $cb(), "\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECT--
Error: Array callback has to contain indices 0 and 1
Error: Array callback must have exactly two elements
Error: First array member is not a valid class name or object
Error: Second array member is not a valid method
Error: Second array member is not a valid method
Error: Array callback must have exactly two elements
Error: Array callback must have exactly two elements
A::m
Error: Call to undefined method A::nope()
Error: Class "Nope" not found
