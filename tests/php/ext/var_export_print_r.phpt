--TEST--
var_export/print_r/var_dump of scalars, floats, nested arrays, objects with visibility, enums, recursive references; serialize round trip; gettype/get_debug_type
--FILE--
<?php
class A { public $a = 1; protected $b = [1, 'x' => null]; private $c = 1.5; public ?A $d = null; }
$v = [1, -0.0, 1e100, 0.1, "it's", "a\\b", true, null, [], ["k" => [1, 2]], new A, new stdClass, PHP_INT_MIN, NAN, INF, 7.0];
var_export($v); echo "\n"; print_r($v); echo "\n"; var_dump(var_export(1.0, true), var_export("x\0y", true), print_r(1.5, true), print_r(false, true), print_r(null, true));
$o = (object)['a' => 1, 'b' => (object)['c' => 2]]; var_export($o); echo "\n";
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; } var_export([Suit::Hearts, Suit::Spades]); echo "\n"; print_r(Suit::Hearts); echo "\n"; var_dump(Suit::Hearts);
$r = [1]; $r[] = &$r; print_r($r); echo "\n"; var_dump(serialize([1, "a" => true, 2 => 1.5]), unserialize('a:2:{i:0;s:1:"x";s:1:"k";d:0.5;}'));
debug_zval_refcount: echo gettype(1), gettype(1.0), gettype("s"), gettype([]), gettype(null), gettype(new A), get_debug_type(1), get_debug_type(1.5), get_debug_type("x"), get_debug_type(null), get_debug_type([]), get_debug_type(new A), get_debug_type(false), "\n";
--EXPECT--
array (
  0 => 1,
  1 => -0.0,
  2 => 1.0E+100,
  3 => 0.1,
  4 => 'it\'s',
  5 => 'a\\b',
  6 => true,
  7 => NULL,
  8 => 
  array (
  ),
  9 => 
  array (
    'k' => 
    array (
      0 => 1,
      1 => 2,
    ),
  ),
  10 => 
  \A::__set_state(array(
     'a' => 1,
     'b' => 
    array (
      0 => 1,
      'x' => NULL,
    ),
     'c' => 1.5,
     'd' => NULL,
  )),
  11 => 
  (object) array(
  ),
  12 => -9223372036854775807-1,
  13 => NAN,
  14 => INF,
  15 => 7.0,
)
Array
(
    [0] => 1
    [1] => -0
    [2] => 1.0E+100
    [3] => 0.1
    [4] => it's
    [5] => a\b
    [6] => 1
    [7] => 
    [8] => Array
        (
        )

    [9] => Array
        (
            [k] => Array
                (
                    [0] => 1
                    [1] => 2
                )

        )

    [10] => A Object
        (
            [a] => 1
            [b:protected] => Array
                (
                    [0] => 1
                    [x] => 
                )

            [c:A:private] => 1.5
            [d] => 
        )

    [11] => stdClass Object
        (
        )

    [12] => -9223372036854775808
    [13] => NAN
    [14] => INF
    [15] => 7
)

string(3) "1.0"
string(16) "'x' . "\0" . 'y'"
string(3) "1.5"
string(0) ""
string(0) ""
(object) array(
   'a' => 1,
   'b' => 
  (object) array(
     'c' => 2,
  ),
)
array (
  0 => 
  \Suit::Hearts,
  1 => 
  \Suit::Spades,
)
Suit Enum:string
(
    [name] => Hearts
    [value] => H
)

enum(Suit::Hearts)
Array
(
    [0] => 1
    [1] => Array
 *RECURSION*
)

string(36) "a:3:{i:0;i:1;s:1:"a";b:1;i:2;d:1.5;}"
array(2) {
  [0]=>
  string(1) "x"
  ["k"]=>
  float(0.5)
}
integerdoublestringarrayNULLobjectintfloatstringnullarrayAbool
