--TEST--
Writing, unsetting or referencing an inaccessible property is "Cannot access"; a private static method names its declaring class
--FILE--
<?php
class Vault {
    protected $gold = 1;
    private $key = "k";
    private static function open() { return "open"; }
    public static function tryOpen() { return static::open(); }
}
class Branch extends Vault {
    public static function peek() { return self::open(); }
}
$v = new Vault;
$tries = [
    fn() => $v->gold = 2,
    fn() => $v->key[] = 1,
    function () use ($v) { unset($v->gold); },
    function () use ($v) { $r = &$v->key; },
    fn() => Branch::peek(),
];
foreach ($tries as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
echo Branch::tryOpen(), "\n";
--EXPECT--
Cannot access protected property Vault::$gold
Cannot access private property Vault::$key
Cannot access protected property Vault::$gold
Cannot access private property Vault::$key
Call to private method Vault::open() from scope Branch
open
