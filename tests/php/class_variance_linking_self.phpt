--TEST--
Signature checks that need the class being linked as an instance of its interfaces (Stringable
too), unions whose unknown member is not needed, intersections where one class is declared
--FILE--
<?php
interface Named {}
class Maker { function make(): Named { return new Thing; } function text(): Stringable { return new Thing; } }
class Thing extends Maker implements Named {
    function make(): Thing { return $this; }
    function text(): Thing { return $this; }
    function __toString(): string { return "thing"; }
}
echo get_class((new Thing)->make()), " ", (new Thing)->text(), "\n";

class Base { function pick(Thing|Nowhere|int $x): Thing|Nowhere|int { return $x; } }
class Derived extends Base { function pick(Thing|Nowhere|int $x): Thing|Nowhere|int { return 2 * $x; } }
echo (new Derived)->pick(21), "\n";

interface Known {}
class Top { function get(): object { return new stdClass; } }
class Sub extends Top { function get(): Unknown&Known { throw new Exception("never called"); } }
echo "linked\n";
--EXPECT--
Thing thing
42
linked
