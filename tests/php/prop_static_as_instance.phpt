--TEST--
A static property accessed like an instance one: a notice (an Error when not visible), then a dynamic property
--FILE--
<?php
#[AllowDynamicProperties]
class Counter {
    public static $count = 10;
    protected static $hidden = 'h';
    function bump() { return isset($this->hidden) ? "set" : "unset"; }
}
$c = new Counter;
var_dump(isset($c->count), $c->count ?? "none");
echo $c->count, "|\n";
$c->count = 1;
var_dump($c->count, Counter::$count);
unset($c->count);
echo $c->bump(), "\n";
foreach ([fn() => $c->hidden, fn() => $c->hidden = 2] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECTF--
bool(false)
string(4) "none"

Notice: Accessing static property Counter::$count as non static in %s on line 10

Warning: Undefined property: Counter::$count in %s on line 10
|

Notice: Accessing static property Counter::$count as non static in %s on line 11

Notice: Accessing static property Counter::$count as non static in %s on line 12
int(1)
int(10)

Notice: Accessing static property Counter::$count as non static in %s on line 13
unset
Cannot access protected property Counter::$hidden
Cannot access protected property Counter::$hidden
