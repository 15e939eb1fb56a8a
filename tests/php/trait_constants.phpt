--TEST--
traits: constants in traits (PHP 8.2), accessed through the using class, self:: inside the trait
--FILE--
<?php
trait HasVersion { public const VERSION = '2.0'; final public const NAME = 'lib'; public function info() { return self::NAME . '@' . self::VERSION . '/' . static::VERSION; } }
class Lib { use HasVersion; }
class Sub extends Lib { public const VERSION = '3.0'; }
echo Lib::VERSION, " ", (new Lib)->info(), " ", (new Sub)->info(), "\n";
try { echo HasVersion::VERSION; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(defined('Lib::NAME'), constant('Sub::NAME'));
--EXPECT--
2.0 lib@2.0/2.0 lib@2.0/3.0
Cannot access trait constant HasVersion::VERSION directly
bool(true)
string(3) "lib"
