--TEST--
Signatures compared after the classes they name are autoloaded: an incompatible override is
PHP's fatal error, and so is an autoloader's exception during inheritance
--FILE--
<?php
spl_autoload_register(function ($class) {
    echo "load $class\n";
    if ($class === 'A') {
        class A { public function method(): C {} }
    } elseif ($class === 'B') {
        class B extends A { public function method(): B {} }
    } else {
        class C extends B {}
    }
});
$b = new B;
echo "never\n";
--EXPECTF--
load B
load A
load C

Fatal error: Declaration of B::method(): B must be compatible with A::method(): C in %s on line 7
[exit 255: ]
