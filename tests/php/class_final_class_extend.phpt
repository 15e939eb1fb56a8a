--TEST--
classes: extending a final class is a fatal error
--FILE--
<?php
final class F {}
class G extends F {}
echo "never\n";
--EXPECTF--

Fatal error: Class G cannot extend final class F in %s on line 3
[exit 255: ]
