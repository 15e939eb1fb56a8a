--TEST--
references to and writes into properties that __get provides; closures in traces carry their class
--FILE--
<?php
class A {
    public function __get($name) { echo "__get($name)\n"; return $name === 'obj' ? new stdClass : [1, 2]; }
}
function test(&$obj) { var_dump($obj); }
$a = new A;
test($a->dummy);
$a->obj->x = 5;
$a->arr[] = 3;
class B {
    public function run() { $f = function () { throw new Exception('in closure'); }; $f(); }
    public static function srun() { $f = static function () { throw new Exception('static closure'); }; $f(); }
}
try { (new B)->run(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { B::srun(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
--EXPECTF--
__get(dummy)

Notice: Indirect modification of overloaded property A::$dummy has no effect in %s on line 7
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
__get(obj)
__get(arr)

Notice: Indirect modification of overloaded property A::$arr has no effect in %s on line 9
#0 %s(11): B->{closure}()
#1 %s(14): B->run()
#2 {main}
#0 %s(12): B::{closure}()
#1 %s(15): B::srun()
#2 {main}
