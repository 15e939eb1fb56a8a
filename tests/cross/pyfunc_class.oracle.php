<?php
final class PyFunc { function __construct(private $fn) {} function __invoke(...$a) { return ($this->fn)(...$a); } }
class PyException extends Exception {}
class BridgeException extends Exception {}
$f = new PyFunc(fn() => 1);
var_dump($f instanceof PyFunc, is_callable($f), get_class($f));
var_dump(is_subclass_of("PyException", "Exception"), is_subclass_of("BridgeException", "Exception"));
var_dump(class_exists("PyFunc"));
