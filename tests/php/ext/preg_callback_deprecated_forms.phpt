--TEST--
preg_replace_callback and preg_replace_callback_array: "self::"/"static::"/"parent::" callables are deprecated once, when the argument is checked, not at every match
--FILE--
<?php
class Base { public static function up($m) { return strtoupper($m[0]); } }
class Gen extends Base {
    public static function star($m) { return '*'; }
    public static function run($s) {
        echo preg_replace_callback('/[aeiou]/', 'static::star', $s), "\n";
        echo preg_replace_callback('/\d/', 'self::star', $s), "\n";
        echo preg_replace_callback('/b/', ['parent', 'up'], $s), "\n";
        echo preg_replace_callback('/b/', [static::class, 'up'], $s), "\n";
        echo preg_replace_callback_array(['/a/' => 'static::star', '/c/' => 'Gen::up'], $s), "\n";
        try { preg_replace_callback('/a/', 'static::nope', $s); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    }
}
Gen::run('abc123 banana cab');
--EXPECTF--

Deprecated: Use of "static" in callables is deprecated in %s on line 6
*bc123 b*n*n* c*b

Deprecated: Use of "self" in callables is deprecated in %s on line 7
abc*** banana cab

Deprecated: Use of "parent" in callables is deprecated in %s on line 8
aBc123 Banana caB
aBc123 Banana caB

Deprecated: Use of "static" in callables is deprecated in %s on line 10
*bC123 b*n*n* C*b

Deprecated: Use of "static" in callables is deprecated in %s on line 11
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, class Gen does not have a method "nope"
