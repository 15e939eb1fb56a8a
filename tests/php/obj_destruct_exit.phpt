--TEST--
objects: exit() runs the destructors of the frames it leaves, then the shutdown functions, then the globals' destructors
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "dtor {$this->n}\n"; } }
$g = new D('global');
register_shutdown_function(function () { global $g; echo "shutdown sees ", $g->n, "\n"; });
function leave() { $l = new D('local of leave'); exit("exiting\n"); }
leave();
echo "not reached\n";
--EXPECT--
exiting
dtor local of leave
shutdown sees global
dtor global
