--TEST--
array_cow: a small program exercising array cow
--FILE--
<?php
$a = [1, 2, 3];
$b = $a;
$b[0] = 100;
$c = $b;
$c[] = 5;
var_dump($a, $b, $c);
function modify(array $x) { $x['new'] = true; return $x; }
$d = modify($a);
var_dump($a === [1, 2, 3], count($d));
$nested = ['x' => ['y' => [1]]];
$copy = $nested;
$copy['x']['y'][] = 2;
$copy['x']['z'] = 'z';
print_r($nested);
print_r($copy);
$keys = [];
$keys["5"] = 'five';
$keys["05"] = 'zero-five';
$keys[true] = 'true';
$keys[null] = 'null';
$keys[1.7] = 'float';
var_dump($keys);
$m = [5 => 'a'];
$m[] = 'b';
$m["x"] = 'c';
$m[] = 'd';
var_dump(array_keys($m));
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(100)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(4) {
  [0]=>
  int(100)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(5)
}
bool(true)
int(4)
Array
(
    [x] => Array
        (
            [y] => Array
                (
                    [0] => 1
                )

        )

)
Array
(
    [x] => Array
        (
            [y] => Array
                (
                    [0] => 1
                    [1] => 2
                )

            [z] => z
        )

)

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 22
array(4) {
  [5]=>
  string(4) "five"
  ["05"]=>
  string(9) "zero-five"
  [1]=>
  string(5) "float"
  [""]=>
  string(4) "null"
}
array(4) {
  [0]=>
  int(5)
  [1]=>
  int(6)
  [2]=>
  string(1) "x"
  [3]=>
  int(7)
}
