--TEST--
a callable naming an abstract method through [$object, "Base::m"] is not callable, with PHP's reason
--FILE--
<?php
abstract class Base { abstract function run(); function hi() { return "hi"; } }
class Impl extends Base { function run() { return "run"; } }
$o = new Impl;
echo call_user_func([$o, "Base::hi"]), "\n";
var_dump(is_callable([$o, "Base::run"]));
try { call_user_func([$o, "Base::run"]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Deprecated: Callables of the form ["Impl", "Base::hi"] are deprecated in %s on line 5
hi

Deprecated: Callables of the form ["Impl", "Base::run"] are deprecated in %s on line 6
bool(false)

Deprecated: Callables of the form ["Impl", "Base::run"] are deprecated in %s on line 7
call_user_func(): Argument #1 ($callback) must be a valid callback, cannot call abstract method Base::run()
