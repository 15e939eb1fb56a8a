--TEST--
objects: destructors at script end: shutdown functions first, then globals last first, then the remaining objects in creation order
--FILE--
<?php
class D {
    function __construct(public $n) {}
    function __destruct() { echo "dtor {$this->n}\n"; }
}
class Box { public $items = []; function __destruct() { echo "box dtor with ", count($this->items), "\n"; } }
$first = new D('first');
$shared = new D('shared');
$alias = $shared;
$arr = [new D('in array 0'), new D('in array 1')];
$box = new Box;
$box->items[] = new D('in box');
$last = new D('last');
function keep() { static $s; $s = new D('static'); }
keep();
class Reg { static $r; }
Reg::$r = new D('static prop');
register_shutdown_function(function () { global $first; echo "shutdown function sees ", $first->n, "\n"; });
echo "end of script\n";
--EXPECT--
end of script
shutdown function sees first
dtor last
box dtor with 1
dtor in box
dtor first
dtor shared
dtor in array 0
dtor in array 1
dtor static
dtor static prop
