--TEST--
magic methods: __invoke makes objects callable in calls, callable type, array_map, is_callable
--FILE--
<?php
class Adder { function __construct(private $n) {} function __invoke($x) { return $x + $this->n; } }
$add = new Adder(10);
var_dump($add(5), is_callable($add), array_map($add, [1, 2]), call_user_func($add, 3), call_user_func_array($add, [4]));
function apply(callable $f, $v) { return $f($v); } var_dump(apply($add, 1));
$fcc = $add(...); var_dump($fcc(2), $fcc instanceof Closure);
var_dump(Closure::fromCallable($add)(7));
class NotInvokable {} 
try { $o = new NotInvokable; $o(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(is_callable(new NotInvokable));
--EXPECT--
int(15)
bool(true)
array(2) {
  [0]=>
  int(11)
  [1]=>
  int(12)
}
int(13)
int(14)
int(11)
int(12)
bool(true)
int(17)
Object of type NotInvokable is not callable
bool(false)
