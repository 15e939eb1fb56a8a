--TEST--
fiber.stack_size: read, refused when negative, too small at start(), a quantity with a suffix
--FILE--
<?php
var_dump(ini_get("fiber.stack_size"));
ini_set("fiber.stack_size", "-1");
var_dump(ini_get("fiber.stack_size"));
ini_set("fiber.stack_size", "100");
$f = new Fiber(fn() => 1);
try { $f->start(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
ini_set("fiber.stack_size", "256K");
var_dump(ini_get("fiber.stack_size"));
function rec($n) { return $n ? rec($n - 1) + 1 : Fiber::suspend(0); }
$g = new Fiber(fn() => array_map('rec', [2000]));
var_dump($g->start());
$g->resume(5);
var_dump($g->getReturn());
--EXPECTF--
string(0) ""

Warning: fiber.stack_size must be a positive number in %s on line 3
string(0) ""
Exception: Fiber stack size is too small, it needs to be at least 8192 bytes
string(4) "256K"
int(0)
array(1) {
  [0]=>
  int(2005)
}
