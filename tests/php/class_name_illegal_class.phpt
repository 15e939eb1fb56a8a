--TEST--
classes: (2)::class is an illegal class name at compile time; a string constant class name is fine
--FILE--
<?php
var_dump(("stdClass")::class ?? null);
echo (2)::class;
--EXPECTF--

Fatal error: Illegal class name in %s on line 3
[exit 255: ]
