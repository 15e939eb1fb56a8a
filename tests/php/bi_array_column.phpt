--TEST--
bi: array_column over arrays and objects: key coercion, visibility and __isset/__get, index keys
of any scalar type, and argument TypeErrors naming no variadic parameter
--FILE--
<?php
$rows = [[1, 'x', 'q', null], [2, 'y', 'z', 2.5], ['id' => 3], 'not a row'];
var_dump(array_column($rows, 1, 0.5));
var_dump(array_column($rows, 1.0, true));
var_dump(array_column($rows, 1, 3));
var_dump(array_column($rows, null, 2));
class Name { function __toString(): string { return 'name'; } }
class Person {
    public $name, $age = null;
    private $secret = 's';
    function __construct($n) { $this->name = $n; }
}
class Magic {
    private $hidden = 'h';
    function __isset($p) { echo "__isset($p)\n"; return $p !== 'nope'; }
    function __get($p) { return "__get($p)"; }
}
$objs = [new Person('ann'), new Person('bob'), new Magic];
var_dump(array_column($objs, new Name));
var_dump(array_column($objs, 'age', 'name'));
var_dump(array_column($objs, 'secret'));
var_dump(array_column($objs, 'hidden'));
var_dump(array_column($objs, 'nope'));
foreach ([[], new Person('x')] as $bad) {
    try {
        array_column($rows, $bad);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    array_column([[[1]]], 0, 0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
foreach (['array_diff', 'array_intersect_key', 'array_merge', 'array_diff_ukey'] as $f) {
    try {
        $f([1], [2], 3);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECTF--

Deprecated: Implicit conversion from float 0.5 to int loses precision in %s on line 3
array(2) {
  [1]=>
  string(1) "x"
  [2]=>
  string(1) "y"
}
array(2) {
  ["x"]=>
  string(1) "x"
  ["y"]=>
  string(1) "y"
}

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 5
array(2) {
  [""]=>
  string(1) "x"
  [2]=>
  string(1) "y"
}
array(4) {
  ["q"]=>
  array(4) {
    [0]=>
    int(1)
    [1]=>
    string(1) "x"
    [2]=>
    string(1) "q"
    [3]=>
    NULL
  }
  ["z"]=>
  array(4) {
    [0]=>
    int(2)
    [1]=>
    string(1) "y"
    [2]=>
    string(1) "z"
    [3]=>
    float(2.5)
  }
  [0]=>
  array(1) {
    ["id"]=>
    int(3)
  }
  [1]=>
  string(9) "not a row"
}
__isset(name)
array(3) {
  [0]=>
  string(3) "ann"
  [1]=>
  string(3) "bob"
  [2]=>
  string(11) "__get(name)"
}
__isset(age)
__isset(name)
array(3) {
  ["ann"]=>
  NULL
  ["bob"]=>
  NULL
  ["__get(name)"]=>
  string(10) "__get(age)"
}
__isset(secret)
array(1) {
  [0]=>
  string(13) "__get(secret)"
}
__isset(hidden)
array(1) {
  [0]=>
  string(13) "__get(hidden)"
}
__isset(nope)
array(0) {
}
array_column(): Argument #2 ($column_key) must be of type string|int|null, array given
array_column(): Argument #2 ($column_key) must be of type string|int|null, Person given
Illegal offset type
array_diff(): Argument #3 must be of type array, int given
array_intersect_key(): Argument #3 must be of type array, int given
array_merge(): Argument #3 must be of type array, int given
array_diff_ukey(): Argument #3 must be a valid callback, no array or string given
