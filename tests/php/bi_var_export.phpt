--TEST--
bi: var_export of every type: floats keep .0, strings escape quotes and NUL, objects as __set_state/(object)
--FILE--
<?php
foreach ([null, true, false, 0, -5, 1.0, 0.1, -0.0, 1e100, 1e-7, NAN, INF, -INF, PHP_INT_MIN, "it's", "back\\slash", "nul\0byte", "line\nbreak", ''] as $v) {
    var_export($v);
    echo "\n";
}
var_export([1, 'a' => ['b' => null], 5 => [], 'q' => "'"]);
echo "\n";
var_export(new stdClass);
echo "\n";
$o = new stdClass; $o->p = 1; $o->{'x y'} = [2];
var_export($o);
echo "\n";
class R { public $a = 1; protected $b = 2; }
var_export(new R);
echo "\n";
echo var_export([true], true), "\n";
enum Suit { case Hearts; }
var_export(Suit::Hearts); echo "\n";
var_export([Suit::Hearts]); echo "\n";
--EXPECT--
NULL
true
false
0
-5
1.0
0.1
-0.0
1.0E+100
1.0E-7
NAN
INF
-INF
-9223372036854775807-1
'it\'s'
'back\\slash'
'nul' . "\0" . 'byte'
'line
break'
''
array (
  0 => 1,
  'a' => 
  array (
    'b' => NULL,
  ),
  5 => 
  array (
  ),
  'q' => '\'',
)
(object) array(
)
(object) array(
   'p' => 1,
   'x y' => 
  array (
    0 => 2,
  ),
)
\R::__set_state(array(
   'a' => 1,
   'b' => 2,
))
array (
  0 => true,
)
\Suit::Hearts
array (
  0 => 
  \Suit::Hearts,
)
