--TEST--
classes: instanceof with strings, closures, non-objects, and parenthesised expressions
--FILE--
<?php
class P {} class K extends P {}
$k = new K; $cls = 'P'; $obj = new P;
var_dump($k instanceof P, $k instanceof $cls, $k instanceof $obj, $obj instanceof $k);
var_dump(null instanceof P, "K" instanceof P, 1 instanceof stdClass);
var_dump(function() {} instanceof Closure, (fn() => 1) instanceof Closure);
var_dump(!$k instanceof P, $k instanceof Undefined);
var_dump(new ArrayObject([]) instanceof Traversable, new ArrayObject([]) instanceof Countable);
var_dump((new K) instanceof ('P'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
