--TEST--
callables: Closure::bind, bindTo with scope, call(), static closures refusing $this
--FILE--
<?php
class Counter { private $n = 0; protected static $tag = 'T'; }
$inc = function($by) { $this->n += $by; return $this->n; };
$c = new Counter;
$bound = Closure::bind($inc, $c, Counter::class); var_dump($bound(2), $bound(3));
var_dump($inc->call($c, 10));
$peek = fn() => static::$tag; var_dump(Closure::bind($peek, null, Counter::class)());
$b2 = $inc->bindTo(new Counter, Counter::class); var_dump($b2(1));
$st = static function() { return isset($this); };
$r = @Closure::bind($st, new Counter); var_dump($r);
$unscoped = function() { return $this->n; };
try { $unscoped->bindTo($c)(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$cls = function() { return get_class($this) . ' ' . self::class; };
var_dump(Closure::bind($cls, new ArrayObject, 'Counter')());
--EXPECT--
int(2)
int(5)
int(15)
string(1) "T"
int(1)
NULL
Cannot access private property Counter::$n
string(19) "ArrayObject Counter"
