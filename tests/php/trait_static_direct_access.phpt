--TEST--
traits: static properties and methods used on the trait itself are deprecated, at every access
--FILE--
<?php
trait T {
    public static $foo;
    public static function foo() { echo "Foo\n"; }
    public static function __callStatic($name, $args) { echo "CallStatic($name)\n"; }
}
class C { use T; }
function test() {
    T::$foo = 42;
    var_dump(T::$foo);
    T::foo();
    T::bar();
}
test();
test();
C::$foo = 1;
var_dump(C::$foo, T::$foo);
C::foo();
C::bar();
--EXPECTF--

Deprecated: Accessing static trait property T::$foo is deprecated, it should only be accessed on a class using the trait in %s on line 9

Deprecated: Accessing static trait property T::$foo is deprecated, it should only be accessed on a class using the trait in %s on line 10
int(42)

Deprecated: Calling static trait method T::foo is deprecated, it should only be called on a class using the trait in %s on line 11
Foo

Deprecated: Calling static trait method T::bar is deprecated, it should only be called on a class using the trait in %s on line 12
CallStatic(bar)

Deprecated: Accessing static trait property T::$foo is deprecated, it should only be accessed on a class using the trait in %s on line 9

Deprecated: Accessing static trait property T::$foo is deprecated, it should only be accessed on a class using the trait in %s on line 10
int(42)

Deprecated: Calling static trait method T::foo is deprecated, it should only be called on a class using the trait in %s on line 11
Foo

Deprecated: Calling static trait method T::bar is deprecated, it should only be called on a class using the trait in %s on line 12
CallStatic(bar)

Deprecated: Accessing static trait property T::$foo is deprecated, it should only be accessed on a class using the trait in %s on line 17
int(1)
int(42)
Foo
CallStatic(bar)
