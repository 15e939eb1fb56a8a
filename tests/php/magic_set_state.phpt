--TEST--
magic methods: var_export emits \ClassName::__set_state, and __set_state rebuilds objects via eval
--FILE--
<?php
class P { public $x = 1; protected $y = [2]; private $z = 'z';
  public static function __set_state($a) { $o = new self; $o->x = $a['x'] * 10; return $o; } }
$p = new P; $p->x = 3;
var_export($p); echo "\n";
$code = var_export($p, true);
$q = eval("return $code;"); var_dump($q->x);
var_export([new stdClass, (object)['a' => 1]]); echo "\n";
--EXPECT--
\P::__set_state(array(
   'x' => 3,
   'y' => 
  array (
    0 => 2,
  ),
   'z' => 'z',
))
int(30)
array (
  0 => 
  (object) array(
  ),
  1 => 
  (object) array(
     'a' => 1,
  ),
)
