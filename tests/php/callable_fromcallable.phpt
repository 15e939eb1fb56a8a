--TEST--
callables: Closure::fromCallable with strings, arrays, invokables, private methods from inside scope
--FILE--
<?php
class A { private function secret($v) { return "secret $v"; } public function get() { return Closure::fromCallable([$this, 'secret']); }
  public static function st() { return 'st'; } }
$a = new A;
var_dump($a->get()('x'), Closure::fromCallable('A::st')(), Closure::fromCallable([A::class, 'st'])(), Closure::fromCallable('trim')(' y '));
try { Closure::fromCallable([$a, 'secret']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { Closure::fromCallable('no_such'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$c = function() { return 1; }; var_dump(Closure::fromCallable($c) === $c);
--EXPECT--
string(8) "secret x"
string(2) "st"
string(2) "st"
string(1) "y"
Failed to create closure from callable: cannot access private method A::secret()
Failed to create closure from callable: function "no_such" not found or invalid function name
bool(true)
