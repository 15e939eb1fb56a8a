--TEST--
magic methods: __toString in comparisons, array functions, string functions, implode, sort
--FILE--
<?php
class N { function __construct(public $v) {} function __toString(): string { return (string)$this->v; } }
$a = [new N('b'), new N('a'), new N('c')];
echo implode(',', $a), "\n";
sort($a, SORT_STRING); echo implode(',', $a), "\n";
var_dump(in_array('a', $a), array_search('c', $a) !== false);
var_dump(str_contains(new N('hello'), 'ell'), strtoupper(new N('up')), new N('5') == 5);
var_dump(trim(new N('  t  ')), explode('-', new N('x-y')));
$s = new N('k'); $arr = []; try { $arr[$s] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(json_encode(new N(1)), (string)new N(1.5));
var_dump(new N('abc') < new N('abd'));
--EXPECTF--
b,a,c
a,b,c
bool(true)
bool(true)

Notice: Object of class N could not be converted to int in %s on line 7
bool(true)
string(2) "UP"
bool(false)
string(1) "t"
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
Illegal offset type
string(7) "{"v":1}"
string(3) "1.5"
bool(true)
