--TEST--
traits: abstract trait methods must be implemented; static trait methods and static properties per using class
--FILE--
<?php
trait Registry { private static array $items = [];
  public static function add($x) { static::$items[] = $x; return count(static::$items); }
  public static function all() { return self::$items; }
  abstract public static function label(): string;
  public function describe() { return static::label() . ':' . count(self::$items); } }
class One { use Registry; public static function label(): string { return 'one'; } }
class Two { use Registry; public static function label(): string { return 'two'; } }
One::add(1); One::add(2); Two::add('x');
print_r(One::all()); print_r(Two::all());
echo (new One)->describe(), " ", (new Two)->describe(), "\n";
var_dump(method_exists('One', 'label'));
--EXPECT--
Array
(
    [0] => 1
    [1] => 2
)
Array
(
    [0] => x
)
one:2 two:1
bool(true)
