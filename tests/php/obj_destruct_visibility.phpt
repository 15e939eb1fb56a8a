--TEST--
objects: a private or protected __destruct called from a scope that may not call it: Error, or a warning at script end
--FILE--
<?php
class Base { private function __destruct() { echo __METHOD__, "\n"; } }
class Derived extends Base {}
class Prot { protected function __destruct() { echo __METHOD__, "\n"; } static function drop() { $p = new Prot; $p = null; echo "dropped inside\n"; } }
$o = new Derived;
try { unset($o); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
Prot::drop();
$p = new Prot;
try { $p = null; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$kept = new Prot;
echo "end\n";
--EXPECT--
Error: Call to private Derived::__destruct() from global scope
Prot::__destruct
dropped inside
Call to protected Prot::__destruct() from global scope
end

Warning: Call to protected Prot::__destruct() from global scope during shutdown ignored in Unknown on line 0
