--TEST--
autoload: an exception thrown by the autoloader propagates out of new and class_exists
--FILE--
<?php
spl_autoload_register(function ($c) { throw new RuntimeException("cannot load $c"); });
try { new Foo; } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
try { class_exists('Bar'); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
try { Baz::CONST_X; } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump(class_exists('Qux', false));
spl_autoload_register(function ($c) { echo "second never\n"; });
try { new Quux; } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
cannot load Foo
cannot load Bar
cannot load Baz
bool(false)
cannot load Quux
