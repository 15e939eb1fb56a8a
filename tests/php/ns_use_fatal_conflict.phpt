--TEST--
namespaces: importing a name that clashes with a class declared in the same file is fatal
--FILE--
<?php
namespace N;
use Other\Thing;
class Thing {}
echo "never\n";
--EXPECTF--

Fatal error: Cannot declare class N\Thing because the name is already in use in %s on line 4
[exit 255: ]
