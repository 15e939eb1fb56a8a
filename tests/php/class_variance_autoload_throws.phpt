--TEST--
An autoloader that throws while a class's signatures are checked: PHP's fatal error
--FILE--
<?php
spl_autoload_register(function ($class) {
    echo "load $class\n";
    if ($class === 'A') {
        class A { public function m(): X {} }
    } elseif ($class === 'B') {
        class B extends A { public function m(): Y {} }
    } else {
        throw new Exception("no $class");
    }
});
new B;
--EXPECTF--
load B
load A
load Y

Fatal error: During inheritance of B, while autoloading Y: Uncaught Exception: no Y in %s:9
Stack trace:
#0 %s(7): {closure}('Y')
#1 %s(12): {closure}('B')
#2 {main} in %s on line 7
[exit 255: ]
