--TEST--
assert(): passing and failing assertions, messages rebuilt from the expression as PHP exports it, custom messages and exceptions
--FILE--
<?php
function check($v) { return $v; }
$x = 5; $o = new stdClass; $o->list = [1, 2];
var_dump(assert($x > 1));
foreach ([
    fn() => assert($x < 1),
    fn() => assert(check($x) === 'five' || $o->list[1] != 2),
    fn() => assert(!isset($o->list), "custom message"),
    fn() => assert(false, new RuntimeException("thrown as is")),
    fn() => assert((1 + 2) * 3 == -8 && [1, 'k' => $x] !== []),
] as $f) {
    try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
bool(true)
AssertionError: assert($x < 1)
AssertionError: assert(check($x) === 'five' || $o->list[1] != 2)
AssertionError: custom message
RuntimeException: thrown as is
AssertionError: assert((1 + 2) * 3 == -8 && [1, 'k' => $x] !== [])
