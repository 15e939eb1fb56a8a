--TEST--
classes: magic methods handle a typed property only after unset(), not before its initialization
--FILE--
<?php
class T {
    public int $a = 1;
    private ?string $p = "x";
    public function __get($n) { echo "__get $n\n"; return 5; }
    public function __set($n, $v) { echo "__set $n\n"; }
    public function __isset($n) { echo "__isset $n\n"; return true; }
    public function kill() { unset($this->p); }
}
$t = new T;
unset($t->a);
$t->kill();
var_dump($t);
print_r($t); echo "\n";
var_export($t); echo "\n";
var_dump((array)$t, get_object_vars($t), json_encode($t), serialize($t));
foreach ($t as $k => $v) echo "$k\n";
$c = clone $t;
var_dump(isset($c->a), $c->a);
$c->a = 3;
var_dump(count((new ReflectionObject($t))->getProperties()));
class M {
    public int $foo;
    public function __get($n) { echo "__get $n\n"; return 0; }
    public function __set($n, $v) { echo "__set $n = $v\n"; }
    public function __unset($n) { echo "__unset $n\n"; }
}
$m = new M;
try { var_dump($m->foo); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($m->foo));
try { $m->foo = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump($m->foo); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$m->foo = 42;
unset($m->foo);
$m->foo = 43;
var_dump($m->foo);
unset($m->foo);
$m2 = clone $m;
$m2->foo = 44;
class N { public int $x = 1; }
$n = new N;
unset($n->x);
try { var_dump($n->x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump((array)$n);
--EXPECT--
object(T)#1 (0) {
  ["a"]=>
  uninitialized(int)
  ["p":"T":private]=>
  uninitialized(?string)
}
T Object
(
)

\T::__set_state(array(
))
array(0) {
}
array(0) {
}
string(2) "{}"
string(12) "O:1:"T":0:{}"
__isset a
__get a
bool(true)
int(5)
__set a
int(2)
Typed property M::$foo must not be accessed before initialization
bool(false)
Cannot assign string to property M::$foo of type int
Typed property M::$foo must not be accessed before initialization
__set foo = 43
__get foo
int(0)
__unset foo
__set foo = 44
Typed property N::$x must not be accessed before initialization
array(0) {
}
