--TEST--
getTraceAsString() and __toString() of an exception whose trace was replaced through Reflection: frames that are not arrays, entries of the wrong types, string keys in args
--FILE--
<?php
function thrower() { return new RuntimeException("boom"); }
$e = thrower();
$trace = new ReflectionProperty(Exception::class, 'trace');
$cases = [
    'not arrays' => [null, 5, ['function' => 'f']],
    'empty frame' => [[]],
    'wrong types' => [['file' => 42, 'line' => 'ten', 'class' => 1.5, 'type' => [], 'function' => null, 'args' => 'none']],
    'line not int' => [['file' => 'a.php', 'line' => '7', 'function' => 'g']],
    'missing line' => [['file' => 'b.php', 'function' => 'h', 'args' => [1, 'two' => 2.5, 'three' => "3"]]],
    'class and type' => [['class' => "Foo", 'type' => '::', 'function' => 'bar', 'args' => [[1], null, true]]],
];
foreach ($cases as $name => $value) {
    echo "-- $name\n";
    $trace->setValue($e, $value);
    var_dump($e->getTraceAsString());
}
$trace->setValue($e, [['file' => 'c.php', 'line' => 3, 'function' => 'k']]);
echo $e, "\n";
--EXPECTF--
-- not arrays

Warning: Expected array for frame 0 in %s on line 16

Warning: Expected array for frame 1 in %s on line 16
string(37) "#0 [internal function]: f()
#1 {main}"
-- empty frame
string(36) "#0 [internal function]: ()
#1 {main}"
-- wrong types

Warning: File name is not a string in %s on line 16

Warning: Value for class is not a string in %s on line 16

Warning: Value for type is not a string in %s on line 16

Warning: Value for function is not a string in %s on line 16

Warning: args element is not an array in %s on line 16
string(58) "#0 [unknown file]: [unknown][unknown][unknown]()
#1 {main}"
-- line not int

Warning: Line is not an int in %s on line 16
string(26) "#0 a.php(0): g()
#1 {main}"
-- missing line
string(49) "#0 b.php(0): h(1, two: 2.5, three: '3')
#1 {main}"
-- class and type
string(61) "#0 [internal function]: Foo::bar(Array, NULL, true)
#1 {main}"
RuntimeException: boom in %s:2
Stack trace:
#0 c.php(3): k()
#1 {main}
