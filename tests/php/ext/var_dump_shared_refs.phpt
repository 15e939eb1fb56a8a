--TEST--
var_dump marks references that occur twice inside the dumped value (unserialize's R:, [&$x, &$x])
--FILE--
<?php
function make() { $x = 1; return [&$x, &$x, 3]; }
var_dump(make());
$u = unserialize('a:3:{i:0;s:1:"v";i:1;R:2;i:2;a:1:{i:0;R:2;}}');
var_dump($u);
$u[0] = "changed";
var_dump($u[2][0]);
class P { public $a = 1; public $b; public $c = [1]; }
$o = unserialize('O:1:"P":3:{s:1:"a";i:4;s:1:"b";R:2;s:1:"c";a:1:{i:0;i:9;}}');
var_dump($o);
$one = unserialize('a:1:{i:0;a:1:{i:0;i:5;}}');
var_dump($one);
$numbers = [1, 2, 3];
$in = ["one" => &$numbers[0], "two" => 5, "obj" => new P];
$in["obj"]->a = &$numbers[2];
var_dump($in);
function inner() { $loc = [7]; $arr = [&$loc[0]]; var_dump($arr); unset($loc); var_dump($arr); }
inner();
--EXPECT--
array(3) {
  [0]=>
  &int(1)
  [1]=>
  &int(1)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  &string(1) "v"
  [1]=>
  &string(1) "v"
  [2]=>
  array(1) {
    [0]=>
    &string(1) "v"
  }
}
string(7) "changed"
object(P)#1 (3) {
  ["a"]=>
  &int(4)
  ["b"]=>
  &int(4)
  ["c"]=>
  array(1) {
    [0]=>
    int(9)
  }
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(3) {
  ["one"]=>
  &int(1)
  ["two"]=>
  int(5)
  ["obj"]=>
  object(P)#2 (3) {
    ["a"]=>
    &int(3)
    ["b"]=>
    NULL
    ["c"]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
}
array(1) {
  [0]=>
  &int(7)
}
array(1) {
  [0]=>
  int(7)
}
