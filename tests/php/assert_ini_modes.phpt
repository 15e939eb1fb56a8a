--TEST--
assert() under zend.assertions=0 (skipped, arguments not evaluated, switched at run time) and assert.exception=0 (a warning and false), assert.active=0
--INI--
zend.assertions=0
assert.exception=0
--FILE--
<?php
namespace {
function noisy($v) { echo "evaluated $v\n"; return $v; }
var_dump(ini_get("zend.assertions"));
var_dump(assert(noisy(false)));
ini_set("zend.assertions", "1");
var_dump(assert(noisy(0) == 1));
var_dump(assert(noisy(1) == 1));
var_dump(assert(false, "with a description"));
var_dump(ini_set("zend.assertions", "-1"));
ini_set("assert.active", "0");
var_dump(assert(noisy(false)));
ini_set("assert.active", "1");
ini_set("assert.exception", "1");
try {
    assert(noisy(2) > 3);
} catch (AssertionError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
}
namespace Space {
var_dump(\ini_get("assert.exception"));
try {
    assert(1 > 2);
} catch (\AssertionError $e) {
    echo $e->getMessage(), "\n";
}
}
--EXPECTF--
string(1) "0"
bool(true)
evaluated 0

Warning: assert(): assert(noisy(0) == 1) failed in %s on line 7
bool(false)
evaluated 1
bool(true)

Warning: assert(): with a description failed in %s on line 9
bool(false)

Warning: zend.assertions may be completely enabled or disabled only in php.ini in %s on line 10
bool(false)
evaluated 
bool(true)
evaluated 2
AssertionError: assert(noisy(2) > 3)
string(1) "1"
assert(1 > 2)
