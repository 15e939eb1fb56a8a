--TEST--
self::, parent:: and static:: in string and array callables (deprecated in 8.2) forward the called class
--FILE--
<?php
class st {
    public static function e() { echo "EHLO ", static::class, "\n"; }
    public static function e2() { call_user_func(array('self', 'e')); call_user_func('static::e'); }
}
class stch extends st {
    public static function g() { call_user_func(array('parent', 'e')); call_user_func('self::e'); }
}
st::e2();
stch::g();
stch::e2();
--EXPECTF--

Deprecated: Use of "self" in callables is deprecated in %s on line 4
EHLO st

Deprecated: Use of "static" in callables is deprecated in %s on line 4
EHLO st

Deprecated: Use of "parent" in callables is deprecated in %s on line 7
EHLO stch

Deprecated: Use of "self" in callables is deprecated in %s on line 7
EHLO stch

Deprecated: Use of "self" in callables is deprecated in %s on line 4
EHLO stch

Deprecated: Use of "static" in callables is deprecated in %s on line 4
EHLO stch
