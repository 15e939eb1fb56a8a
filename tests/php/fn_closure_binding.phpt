--TEST--
fn: closures: bindTo/call/fromCallable, $this capture, closure in static method, __invoke objects as callables
--FILE--
<?php
class Box { private $secret = 'hidden'; public function reveal() { return fn() => $this->secret; } }
$peek = function () { return $this->secret; };
echo Closure::bind($peek, new Box, Box::class)(), "\n";
echo $peek->call(new Box), "\n";
echo (new Box)->reveal()(), "\n";
$unbound = function () { return isset($this) ? 'bound' : 'unbound'; };
echo $unbound(), "\n";
class Adder { function __construct(private int $n) {} function __invoke($x) { return $x + $this->n; } }
echo implode(',', array_map(new Adder(10), [1, 2])), "\n";
$fc = Closure::fromCallable('strrev');
echo $fc('abc'), "\n";
$m = Closure::fromCallable([new Adder(5), '__invoke']);
echo $m(1), "\n";
class St { static function make() { return function () { return static::class; }; } }
class St2 extends St {}
echo St2::make()(), "\n";
$counter = function () { return ++$this->count; };
$o = new stdClass; $o->count = 0;
$bound = Closure::bind($counter, $o);
$bound(); $bound();
echo $o->count, "\n";
var_dump($peek instanceof Closure, is_callable($peek));
--EXPECT--
hidden
hidden
hidden
unbound
11,12
cba
6
St2
2
bool(true)
bool(true)
