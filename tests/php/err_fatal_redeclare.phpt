--TEST--
err: redeclaring a function is a compile-time fatal error naming the first declaration
--FILE--
<?php
echo "not printed\n";
function dup() {}
function dup() {}
--EXPECTF--

Fatal error: Cannot redeclare dup() (previously declared in %s:3) in %s on line 4
[exit 255: ]
