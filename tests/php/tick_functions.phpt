--TEST--
declare(ticks=1): register_tick_function with arguments, static and instance methods, closures; unregister_tick_function; which statements tick
--FILE--
<?php
declare(ticks=1);
function tf($tag) { echo "tick $tag\n"; }
class T { static function m() { echo "static tick\n"; } function i($x) { echo "method tick $x\n"; } }
var_dump(register_tick_function('tf', 'a'));
$x = 1;
if ($x) { $y = 2; }
for ($i = 0; $i < 2; $i++) { echo "i=$i\n"; }
unregister_tick_function('tf');
register_tick_function(['T', 'm']);
$z = 3;
unregister_tick_function(['T', 'm']);
$o = new T;
register_tick_function([$o, 'i'], 7);
function inner() { return 1; }
inner();
unregister_tick_function([$o, 'i']);
$c = function() { echo "closure tick\n"; };
register_tick_function($c);
$q = 1;
unregister_tick_function($c);
try { register_tick_function('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "end\n";
register_tick_function('tf', 'b');
echo "|";
if ($x) { $y = 2; }
if (0) {} else { $a = 1; }
try { $a = 1; } finally { $b = 1; }
foreach ([1, 2] as $v) { $q = 1; }
echo "|\n";
unregister_tick_function('tf');
--EXPECT--
bool(true)
tick a
tick a
tick a
i=0
tick a
i=1
tick a
tick a
static tick
static tick
method tick 7
method tick 7
closure tick
closure tick
register_tick_function(): Argument #1 ($callback) must be a valid callback, function "nope" not found or invalid function name
end
tick b
|tick b
tick b
tick b
tick b
tick b
tick b
tick b
tick b
tick b
|
tick b
