--TEST--
magic methods: __toString must return a string; exceptions propagate from string conversion
--FILE--
<?php
class Bad { function __toString(): string { return 42; } }
class Throws { function __toString(): string { throw new RuntimeException("nope"); } }
echo (string)new Bad, "\n";
try { echo "x" . new Throws; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
class NoRet { function __toString() { return null; } }
try { echo new NoRet; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
42
caught nope
TypeError: NoRet::__toString(): Return value must be of type string, null returned
