--TEST--
enums: pure enum cases are singletons, identity comparison, cases(), name, instanceof UnitEnum
--FILE--
<?php
enum Suit { case Hearts; case Spades; case Clubs;
  public function color(): string { return match($this) { Suit::Hearts => 'Red', Suit::Spades, Suit::Clubs => 'Black' }; }
  public static function fromChar(string $c): self { return constant("self::$c"); } }
$h = Suit::Hearts;
var_dump($h === Suit::Hearts, $h == Suit::Spades, $h instanceof Suit, $h instanceof UnitEnum, $h instanceof BackedEnum);
echo $h->name, " ", $h->color(), " ", Suit::Clubs->color(), "\n";
var_dump(Suit::cases());
var_dump(Suit::fromChar('Spades'));
var_dump(gettype($h), get_class($h), $h < Suit::Spades);
var_dump(enum_exists('Suit'), class_exists('Suit'), enum_exists('stdClass'));
$fn = fn(Suit $s) => $s->name; echo $fn(Suit::Spades), "\n";
var_dump(is_object($h), (bool)$h);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
Hearts Red Black
array(3) {
  [0]=>
  enum(Suit::Hearts)
  [1]=>
  enum(Suit::Spades)
  [2]=>
  enum(Suit::Clubs)
}
enum(Suit::Spades)
string(6) "object"
string(4) "Suit"
bool(false)
bool(true)
bool(true)
bool(false)
Spades
bool(true)
bool(true)
