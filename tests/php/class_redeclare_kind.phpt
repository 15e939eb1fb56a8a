--TEST--
Declaring a trait under a name in use is a fatal error naming the trait
--FILE--
<?php
class Logger {}
echo "before\n";
if (true) {
    trait Logger {}
}
echo "never\n";
--EXPECTF--
before

Fatal error: Cannot declare trait Logger, because the name is already in use in %s on line 5
[exit 255: ]
