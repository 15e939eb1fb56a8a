--TEST--
traits: traits using traits, trait constants via using class, __TRAIT__ and class_uses
--FILE--
<?php
trait Base { function base() { return __TRAIT__ . '/' . __CLASS__ . '/' . __FUNCTION__ . '/' . __METHOD__; } }
trait Mid { use Base; function mid() { return 'mid+' . $this->base(); } }
class C { use Mid; }
class D extends C {}
$d = new D;
echo $d->mid(), "\n";
print_r(class_uses('C')); print_r(class_uses($d)); print_r(class_uses('Mid'));
var_dump(trait_exists('Mid'), class_exists('Mid'));
--EXPECT--
mid+Base/C/base/Base::base
Array
(
    [Mid] => Mid
)
Array
(
)
Array
(
    [Base] => Base
)
bool(true)
bool(false)
