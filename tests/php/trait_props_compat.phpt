--TEST--
traits: a class may redeclare a trait property only with the same visibility and default
--FILE--
<?php
trait T { public $same = 1; protected $p = 'x'; }
class Ok { use T; public $same = 1; }
var_dump(new Ok);
class Bad { use T; public $same = 2; }
echo "never\n";
--EXPECTF--
object(Ok)#1 (2) {
  ["same"]=>
  int(1)
  ["p":protected]=>
  string(1) "x"
}

Fatal error: Bad and T define the same property ($same) in the composition of Bad. However, the definition differs and is considered incompatible. Class was composed in %s on line 5
[exit 255: ]
