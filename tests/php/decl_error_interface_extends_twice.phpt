--TEST--
an interface extending one interface twice is an error
--FILE--
<?php
interface A {}
interface B extends A, A {}
--EXPECTF--

Fatal error: Interface B cannot implement previously implemented interface A in %s on line 3
[exit 255: ]
