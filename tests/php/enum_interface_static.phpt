--TEST--
enums: interfaces with constants implemented by enums, static methods returning cases, enum constants aliasing cases
--FILE--
<?php
interface HasColor { const DEFAULT_COLOR = 'gray'; public function color(): string; }
enum Fruit: string implements HasColor {
  case Apple = 'apple'; case Banana = 'banana'; case Plum = 'plum';
  const FAVORITE = self::Banana;
  public function color(): string { return match($this) { self::Apple => 'red', self::Banana => 'yellow', default => self::DEFAULT_COLOR }; }
  public static function yellowOnes(): array { return array_values(array_filter(self::cases(), fn($f) => $f->color() === 'yellow')); }
  public static function fromColor(string $c): ?self { foreach (self::cases() as $f) if ($f->color() === $c) return $f; return null; } }
var_dump(Fruit::FAVORITE, Fruit::FAVORITE === Fruit::Banana, Fruit::Plum->color(), Fruit::DEFAULT_COLOR);
var_dump(Fruit::yellowOnes(), Fruit::fromColor('red'), Fruit::fromColor('blue'));
var_dump(Fruit::Apple instanceof HasColor, array_map(fn(Fruit $f) => $f->name, Fruit::cases()));
$fn = [Fruit::class, 'from']; var_dump($fn('plum'));
var_dump(array_column(array_map(fn($f) => ['n' => $f->name, 'v' => $f->value], Fruit::cases()), 'v', 'n'));
--EXPECT--
enum(Fruit::Banana)
bool(true)
string(4) "gray"
string(4) "gray"
array(1) {
  [0]=>
  enum(Fruit::Banana)
}
enum(Fruit::Apple)
NULL
bool(true)
array(3) {
  [0]=>
  string(5) "Apple"
  [1]=>
  string(6) "Banana"
  [2]=>
  string(4) "Plum"
}
enum(Fruit::Plum)
array(3) {
  ["Apple"]=>
  string(5) "apple"
  ["Banana"]=>
  string(6) "banana"
  ["Plum"]=>
  string(4) "plum"
}
