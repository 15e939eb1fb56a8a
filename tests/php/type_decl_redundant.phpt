--TEST--
Type declarations: valid unions compile; a duplicate member is a compile-time fatal error
--FILE--
<?php
function ok(int|string|null $a, ?bool $b = null, iterable|false $c = false): static|null { return null; }
echo "not reached\n";
function dup(int|INT $x) {}
--EXPECTF--

Fatal error: Cannot use "static" when no class scope is active in %s on line 2
[exit 255: ]
