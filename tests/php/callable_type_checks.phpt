--TEST--
callables: callable parameter type errors, is_callable with strings and arrays, call_user_func errors
--FILE--
<?php
function run(callable $c) { return $c(); }
class T { function inst() { return 'inst'; } static function st() { return 'st'; } private function priv() {} }
var_dump(run('pi') > 3, run([new T, 'inst']), run('T::st'), run([T::class, 'st']), run(fn() => 'arrow'));
foreach (['nope', [new T, 'priv'], [1, 2], 'T::nope', 42] as $bad) {
  try { run($bad); } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
var_dump(is_callable('strlen'), is_callable('T::inst'), is_callable([new T, 'priv']), is_callable('nope', true), is_callable([new T, 'x'], false, $name), $name);
try { call_user_func('missing_function'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map('missing', [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
bool(true)
string(4) "inst"
string(2) "st"
string(2) "st"
string(5) "arrow"
run(): Argument #1 ($c) must be of type callable, string given, called in %s on line 6
run(): Argument #1 ($c) must be of type callable, array given, called in %s on line 6
run(): Argument #1 ($c) must be of type callable, array given, called in %s on line 6
run(): Argument #1 ($c) must be of type callable, string given, called in %s on line 6
run(): Argument #1 ($c) must be of type callable, int given, called in %s on line 6
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
string(4) "T::x"
call_user_func(): Argument #1 ($callback) must be a valid callback, function "missing_function" not found or invalid function name
array_map(): Argument #1 ($callback) must be a valid callback or null, function "missing" not found or invalid function name
