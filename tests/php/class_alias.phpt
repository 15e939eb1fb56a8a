--TEST--
class_alias, get_class_vars with visibility, gc_enable/gc_disable
--FILE--
<?php
class Orig { public $a = 1; protected $b = 2; private $c = 3; public static $s = 'st'; function m() { return get_class_vars(self::class); } }
var_dump(class_alias('Orig', 'Ali'));
$o = new Ali; echo get_class($o), "\n";
var_dump($o instanceof Ali, $o instanceof Orig);
var_dump(class_alias('Orig', 'Ali'));
var_dump(class_alias('Missing', 'X'));
print_r(get_class_vars('Orig'));
print_r($o->m());
var_dump(gc_enabled()); gc_disable(); var_dump(gc_enabled()); gc_enable();
--EXPECTF--
bool(true)
Orig
bool(true)
bool(true)

Warning: Cannot declare class Ali, because the name is already in use in %s on line 6
bool(false)

Warning: Class "Missing" not found in %s on line 7
bool(false)
Array
(
    [a] => 1
    [s] => st
)
Array
(
    [a] => 1
    [b] => 2
    [c] => 3
    [s] => st
)
bool(true)
bool(false)
