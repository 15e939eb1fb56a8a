--TEST--
isset, empty and ?? on static properties: undeclared or inaccessible (private, protected from outside) ones read as unset without an Error; inside the class they are visible; a missing class still throws
--FILE--
<?php
class Base {
    private static $secret = "s";
    protected static $shared = [1];
    public static $open = 0;
    public static $nothing = null;
    static function inside() {
        return [isset(self::$secret), isset(static::$shared[0]), self::$secret ?? "none"];
    }
}
class Child extends Base {
    static function fromChild() { return [isset(parent::$shared), isset(self::$secret)]; }
}
var_dump(isset(Base::$secret), isset(Base::$shared), isset(Base::$open), isset(Base::$nothing));
var_dump(empty(Base::$secret), empty(Base::$open), isset(Base::$undeclared), isset(Base::$shared[0]));
var_dump(Base::$secret ?? "default", Base::$undeclared ?? "default", Base::$open ?? "default");
var_dump(Base::inside(), Child::fromChild());
$cls = "Child";
var_dump(isset($cls::$open), isset($cls::$secret));
try {
    var_dump(isset(Missing::$x));
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    var_dump(Base::$secret);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
string(7) "default"
string(7) "default"
int(0)
array(3) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
  [2]=>
  string(1) "s"
}
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
}
bool(true)
bool(false)
Class "Missing" not found
Cannot access private property Base::$secret
