--TEST--
a class declared inside a method is a compile error (in a function it is allowed)
--FILE--
<?php
function make() { class Inner {} return new Inner; }
var_dump(get_class(make()));
class Outer {
    function m() {
        class Nested {}
    }
}
--EXPECTF--

Fatal error: Class declarations may not be nested in %s on line 6
[exit 255: ]
