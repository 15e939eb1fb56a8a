--TEST--
types: a literal default must fit the declared type (an int fits a float, null makes a parameter nullable); expressions are left to run time (case 3)
--ARGS--
3
--FILE--
<?php
const LIMIT = 10;
function scale(float $f = 2, ?int $n = null, int|string $k = "k", iterable $it = [], bool $b = false, int $e = LIMIT * 2) {
    return [$f, $n, $k, $it, $b, $e];
}
var_dump(scale());
class Box {
    public float $w = 1;
    public ?array $tags = null;
    public function __construct(public int $n = -3, public mixed $m = null) {}
}
var_dump(new Box);
$bad = [
    'function f0(int $x = "five") {}',
    'function f1(array $a = 1.5) {}',
    'function f2(float $x = true) {}',
    'class C3 { public int $x = null; }',
    'class C4 { public function __construct(public int $x = null) {} }',
    'class C5 { public string|int $x = []; }',
];
echo count($bad), "\n";
eval($bad[(int)($argv[1] ?? 0)]);
echo "not reached\n";
--EXPECTF--
array(6) {
  [0]=>
  float(2)
  [1]=>
  NULL
  [2]=>
  string(1) "k"
  [3]=>
  array(0) {
  }
  [4]=>
  bool(false)
  [5]=>
  int(20)
}
object(Box)#1 (4) {
  ["w"]=>
  float(1)
  ["tags"]=>
  NULL
  ["n"]=>
  int(-3)
  ["m"]=>
  NULL
}
6

Fatal error: Default value for property of type int may not be null. Use the nullable type ?int to allow null default value in %s(22) : eval()'d code on line 1
[exit 255: ]
