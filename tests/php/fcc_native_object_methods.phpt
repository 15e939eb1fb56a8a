--TEST--
first-class callables and callable arrays of a generator's and a closure's built-in methods keep their object; current(), key() and valid() of a running generator answer, next() throws
--FILE--
<?php
function numbers() { yield 'a' => 1; yield 'b' => 2; yield 'c' => 3; }
$g = numbers();
$next = $g->next(...);
$current = $g->current(...);
$key = Closure::fromCallable([$g, 'key']);
var_dump($current(), $key());
$next();
var_dump($current(), $key(), call_user_func([$g, 'current']), call_user_func_array([$g, 'valid'], []));
var_dump((new ReflectionFunction($current))->getClosureThis() === $g);
$send = $g->send(...);
var_dump($send(10));
$double = fn($x) => $x * 2;
$call = $double->__invoke(...);
var_dump($call(21), array_map([$double, '__invoke'], [1, 2]));
$bind = $double->bindTo(...);
var_dump($bind(null)(5));
function self_aware() {
    global $me;
    $x = yield 1;
    var_dump($me->current(), $me->key(), $me->valid());
    try { $me->next(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { $me->send(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    yield 2;
}
$me = self_aware();
$me->current();
$me->next();
var_dump($me->current());
--EXPECT--
int(1)
string(1) "a"
int(2)
string(1) "b"
int(2)
bool(true)
bool(true)
int(3)
int(42)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(4)
}
int(10)
int(1)
int(0)
bool(true)
Error: Cannot resume an already running generator
Error: Cannot resume an already running generator
int(2)
