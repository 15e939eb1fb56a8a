--TEST--
A::missing() from an instance method runs the object's own class's __call
--FILE--
<?php
class A {
    function __call($m, $args) { echo "A::__call($m)\n"; }
}
class B extends A {
    function __call($m, $args) { echo "B::__call($m)\n"; }
    function run() {
        A::one();
        parent::two();
        self::three();
    }
}
class C extends B {}
(new B)->run();
(new C)->run();
--EXPECT--
B::__call(one)
B::__call(two)
B::__call(three)
B::__call(one)
B::__call(two)
B::__call(three)
