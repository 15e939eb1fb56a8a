--TEST--
enums: pure and backed cases, cases/from/tryFrom, constants, methods, match, readonly case properties, var_dump/print_r/var_export
--FILE--
<?php
enum Suit: string { case H = 'h'; case S = 's'; const W = self::S; public function color() { return match($this) { Suit::H => 'Red', Suit::S => 'Black' }; } public static function fromChar($c) { return self::from($c); } }
enum P { case A; case B; }
enum I: int { case One = 1; case Two = 2; }
var_dump(Suit::H, Suit::from('s'), Suit::tryFrom('x'), P::A, I::from("2"));
print_r(Suit::H); echo "\n"; print_r([P::B]); var_export(Suit::S); echo "\n"; var_export([P::A]); echo "\n";
var_dump(Suit::cases(), P::cases());
var_dump(Suit::H instanceof UnitEnum, Suit::H instanceof BackedEnum, P::A instanceof BackedEnum);
echo Suit::H->name, Suit::H->value, Suit::W->name, Suit::H->color(), "\n";
var_dump(Suit::H == Suit::H, Suit::H === Suit::S, Suit::H == 'h');
try { Suit::from('q'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { I::from(7); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { $x = Suit::H; $x->name = 'z'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new P(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { clone P::A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(gettype(P::A), P::A instanceof P, get_class(P::B));
try { I::from("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump((array)Suit::H);
--EXPECT--
enum(Suit::H)
enum(Suit::S)
NULL
enum(P::A)
enum(I::Two)
Suit Enum:string
(
    [name] => H
    [value] => h
)

Array
(
    [0] => P Enum
        (
            [name] => B
        )

)
\Suit::S
array (
  0 => 
  \P::A,
)
array(2) {
  [0]=>
  enum(Suit::H)
  [1]=>
  enum(Suit::S)
}
array(2) {
  [0]=>
  enum(P::A)
  [1]=>
  enum(P::B)
}
bool(true)
bool(true)
bool(false)
HhSRed
bool(true)
bool(false)
bool(false)
"q" is not a valid backing value for enum Suit
7 is not a valid backing value for enum I
Cannot modify readonly property Suit::$name
Cannot instantiate enum P
Trying to clone an uncloneable object of class P
string(6) "object"
bool(true)
string(1) "P"
I::from(): Argument #1 ($value) must be of type int, string given
array(2) {
  ["name"]=>
  string(1) "H"
  ["value"]=>
  string(1) "h"
}
