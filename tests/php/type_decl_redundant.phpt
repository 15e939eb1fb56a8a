--TEST--
Type declarations: valid unions compile; a duplicate member is a compile-time fatal error
--FILE--
<?php
function ok(int|string|null $a, ?bool $b = null, iterable|false $c = false): object|null { return null; }
echo "not reached\n";
function dup(int|INT $x) {}
--EXPECTF--

Fatal error: Duplicate type int is redundant in %s on line 4
[exit 255: ]
