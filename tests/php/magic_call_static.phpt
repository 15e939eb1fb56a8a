--TEST--
magic methods: __call and __callStatic, argument passing, precedence over inaccessible methods
--FILE--
<?php
class C { private function priv() { return 'priv'; }
  function __call($n, $a) { return "__call $n(" . implode(',', $a) . ")"; }
  static function __callStatic($n, $a) { return "__callStatic $n(" . count($a) . ")"; }
  function inside() { return [$this->priv(), self::nope(1), static::x()]; } }
$c = new C;
echo $c->foo(1, 2), "\n", $c->priv(), "\n", C::bar(1, 2, 3), "\n", C::priv(), "\n";
print_r($c->inside());
echo call_user_func([$c, 'dyn'], 'x'), "\n", call_user_func('C::stat'), "\n", call_user_func_array([$c, 'arr'], ['a', 'b']), "\n";
$m = 'var'; echo $c->$m(), " ", C::$m(), "\n";
var_dump(is_callable([$c, 'anything']), is_callable('C::anything'), method_exists($c, 'anything'));
echo $c->named(a: 1, b: 2), "\n";
--EXPECT--
__call foo(1,2)
__call priv()
__callStatic bar(3)
__callStatic priv(0)
Array
(
    [0] => priv
    [1] => __call nope(1)
    [2] => __call x()
)
__call dyn(x)
__callStatic stat(0)
__call arr(a,b)
__call var() __callStatic var(0)
bool(true)
bool(true)
bool(false)
__call named(1,2)
