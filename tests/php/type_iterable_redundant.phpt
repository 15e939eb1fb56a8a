--TEST--
iterable is Traversable|array: a union naming array beside it is redundant (a compile error)
--FILE--
<?php
function ok1(iterable|string $x) { return gettype($x); }
function ok2(Traversable|array $x) { return gettype($x); }
echo "never printed\n";
function bad(array|iterable $x) {}
--EXPECTF--

Fatal error: Duplicate type array is redundant in %s on line 5
[exit 255: ]
