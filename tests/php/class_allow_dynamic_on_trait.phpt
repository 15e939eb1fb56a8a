--TEST--
#[AllowDynamicProperties] on a trait is a compile error
--FILE--
<?php
#[AllowDynamicProperties]
enum Fine { case A; }
echo "never printed\n";
#[AllowDynamicProperties]
trait Bag {}
--EXPECTF--

Fatal error: Cannot apply #[AllowDynamicProperties] to trait in %s on line 6
[exit 255: ]
