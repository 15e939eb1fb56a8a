--TEST--
serialize/unserialize with __serialize/__unserialize, __sleep/__wakeup, Serializable (deprecated), incomplete classes and allowed_classes
--FILE--
<?php
class S {
    public $x = 1; public $y;
    function __serialize(): array { echo "__serialize\n"; return ['x' => $this->x, 'extra' => [1, 2]]; }
    function __unserialize(array $d): void { echo "__unserialize ", json_encode($d), "\n"; $this->x = $d['x'] * 10; }
}
class W {
    public $a = 1; public $b = 2; protected $p = 'prot'; private $q = 'priv';
    function __sleep() { echo "__sleep\n"; return ['a', 'p', 'q', 'nope']; }
    function __wakeup() { echo "__wakeup a=", $this->a, "\n"; $this->b = 'woken'; }
}
class Old implements Serializable {
    public $data;
    function __construct($d = null) { $this->data = $d; }
    function serialize() { echo "serialize()\n"; return json_encode($this->data); }
    function unserialize($s) { echo "unserialize($s)\n"; $this->data = json_decode($s, true); }
}
class Bad { function __serialize() { return 5; } }
class BadSleep { public $a; function __sleep() { return 7; } }

$s = new S; $s->x = 4;
echo $ser = serialize($s), "\n";
$r = unserialize($ser);
print_r($r);

$w = new W; $w->a = 'A';
echo str_replace("\0", '\0', $ser = serialize($w)), "\n";
$r = unserialize($ser);
print_r($r);

// the wakeup/unserialize calls run after the whole string is read, in order
$pair = unserialize(serialize([new W, new S, new W]));
echo count($pair), "\n";

echo $ser = serialize(new Old(['k' => 'v'])), "\n";
print_r(unserialize($ser));

try { serialize(new Bad); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(serialize(new BadSleep));
try { serialize(function () {}); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

// unknown classes and allowed_classes
$inc = unserialize('O:7:"Missing":1:{s:1:"a";i:1;}');
var_dump(get_class($inc));
print_r($inc);
echo serialize($inc), "\n";
$x = unserialize(serialize([new W, new S]), ['allowed_classes' => ['s']]);
var_dump(get_class($x[0]), get_class($x[1]));
$x = unserialize(serialize(new S), ['allowed_classes' => false]);
var_dump(get_class($x));
$x = unserialize(serialize(new S), ['allowed_classes' => true]);
var_dump(get_class($x));
try { unserialize('N;', ['allowed_classes' => 'S']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Deprecated: Old implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s on line 12
__serialize
O:1:"S":2:{s:1:"x";i:4;s:5:"extra";a:2:{i:0;i:1;i:1;i:2;}}
__unserialize {"x":4,"extra":[1,2]}
S Object
(
    [x] => 40
    [y] => 
)
__sleep

Warning: serialize(): "nope" returned as member variable from __sleep() but does not exist in %s on line 27
O:1:"W":3:{s:1:"a";s:1:"A";s:4:"\0*\0p";s:4:"prot";s:4:"\0W\0q";s:4:"priv";}
__wakeup a=A
W Object
(
    [a] => A
    [b] => woken
    [p:protected] => prot
    [q:W:private] => priv
)
__sleep

Warning: serialize(): "nope" returned as member variable from __sleep() but does not exist in %s on line 32
__serialize
__sleep

Warning: serialize(): "nope" returned as member variable from __sleep() but does not exist in %s on line 32
__wakeup a=1
__unserialize {"x":1,"extra":[1,2]}
__wakeup a=1
3
serialize()
C:3:"Old":9:{{"k":"v"}}
unserialize({"k":"v"})
Old Object
(
    [data] => Array
        (
            [k] => v
        )

)
TypeError: Bad::__serialize() must return an array

Warning: serialize(): BadSleep::__sleep() should return an array only containing the names of instance-variables to serialize in %s on line 39
string(2) "N;"
Exception: Serialization of 'Closure' is not allowed
string(22) "__PHP_Incomplete_Class"
__PHP_Incomplete_Class Object
(
    [__PHP_Incomplete_Class_Name] => Missing
    [a] => 1
)
O:7:"Missing":1:{s:1:"a";i:1;}
__sleep

Warning: serialize(): "nope" returned as member variable from __sleep() but does not exist in %s on line 47
__serialize
__unserialize {"x":1,"extra":[1,2]}
string(22) "__PHP_Incomplete_Class"
string(1) "S"
__serialize
string(22) "__PHP_Incomplete_Class"
__serialize
__unserialize {"x":1,"extra":[1,2]}
string(1) "S"
unserialize(): Option "allowed_classes" must be of type array|bool, string given
