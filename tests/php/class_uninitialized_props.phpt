--TEST--
classes: typed properties without default are uninitialized until assigned; unset returns them to that state
--FILE--
<?php
class U { public int $a; public ?string $b; protected array $c; public $untyped;
  function getC() { return $this->c; } }
$u = new U;
var_dump($u);
try { echo $u->a; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $u->b; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $u->getC(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($u->a), $u->untyped, property_exists($u, 'a'));
print_r($u); echo "\n";
var_dump(get_object_vars($u));
$u->a = 3; var_dump($u->a);
unset($u->a);
try { $u->a++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$u->a = 7; var_dump($u);
--EXPECT--
object(U)#1 (1) {
  ["a"]=>
  uninitialized(int)
  ["b"]=>
  uninitialized(?string)
  ["c":protected]=>
  uninitialized(array)
  ["untyped"]=>
  NULL
}
Error: Typed property U::$a must not be accessed before initialization
Typed property U::$b must not be accessed before initialization
Typed property U::$c must not be accessed before initialization
bool(false)
NULL
bool(true)
U Object
(
    [untyped] => 
)

array(1) {
  ["untyped"]=>
  NULL
}
int(3)
Typed property U::$a must not be accessed before initialization
object(U)#1 (2) {
  ["a"]=>
  int(7)
  ["b"]=>
  uninitialized(?string)
  ["c":protected]=>
  uninitialized(array)
  ["untyped"]=>
  NULL
}
