--TEST--
traits: a trait's static property and the class's instance one of the same name conflict
--FILE--
<?php
echo "start\n";
trait PT { static $same = true; }
class P { use PT; public $same = true; }
--EXPECTF--
start

Fatal error: P and PT define the same property ($same) in the composition of P. However, the definition differs and is considered incompatible. Class was composed in %s on line 4
[exit 255: ]
