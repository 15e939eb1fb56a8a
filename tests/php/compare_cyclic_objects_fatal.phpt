--TEST--
== on two objects whose properties lead back to themselves: PHP's fatal error "Nesting level too deep", nothing after it runs
--FILE--
<?php
class Pair { public $self; public $n = 1; }
$a = new Pair; $a->self = $a;
$b = new Pair; $b->self = $b;
function check($a, $b) {
    try {
        return $a == $b;
    } finally {
        echo "finally does not run\n";
    }
}
echo "before\n";
var_dump(check($a, $b));
echo "not reached\n";
--EXPECTF--
before

Fatal error: Nesting level too deep - recursive dependency? in %s on line 7
[exit 255: ]
