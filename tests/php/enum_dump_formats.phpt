--TEST--
enums: var_dump, print_r, var_export, json_encode and serialize of enum cases
--FILE--
<?php
enum Pure { case One; }
enum Str: string { case Two = 'two'; }
enum Num: int { case Three = 3; }
var_dump(Pure::One, Str::Two, [Num::Three]);
print_r(Str::Two); echo "\n"; print_r([Pure::One]); echo "\n";
var_export(Num::Three); echo "\n"; var_export([Pure::One]); echo "\n";
echo json_encode(Str::Two), json_encode(['n' => Num::Three]), "\n";
var_dump(json_encode(Pure::One), json_last_error_msg());
var_dump((array)Str::Two);
--EXPECT--
enum(Pure::One)
enum(Str::Two)
array(1) {
  [0]=>
  enum(Num::Three)
}
Str Enum:string
(
    [name] => Two
    [value] => two
)

Array
(
    [0] => Pure Enum
        (
            [name] => One
        )

)

\Num::Three
array (
  0 => 
  \Pure::One,
)
"two"{"n":3}
bool(false)
string(46) "Non-backed enums have no default serialization"
array(2) {
  ["name"]=>
  string(3) "Two"
  ["value"]=>
  string(3) "two"
}
