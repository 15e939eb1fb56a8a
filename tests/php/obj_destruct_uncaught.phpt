--TEST--
objects: an uncaught exception destructs the frames it left before the report, the globals after it
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "dtor {$this->n}\n"; } }
$g = new D('global');
function thrower() { $l = new D('local of thrower'); throw new RuntimeException("boom"); }
thrower();
--EXPECTF--
dtor local of thrower

Fatal error: Uncaught RuntimeException: boom in %s:4
Stack trace:
#0 %s(5): thrower()
#1 {main}
  thrown in %s on line 4
dtor global
[exit 255: ]
