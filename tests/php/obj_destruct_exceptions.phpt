--TEST--
objects: exceptions thrown by destructors reach the statement that dropped the object, and at script end are uncaught
--FILE--
<?php
class Boom {
    function __construct(public $n) {}
    function __destruct() { echo "dtor {$this->n}\n"; throw new Exception("from dtor {$this->n}"); }
}
$a = new Boom(1);
try {
    $a = null;
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
function scope() { $b = new Boom(2); $b = null; }
try { scope(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
class Quiet { function __destruct() { echo "quiet dtor\n"; } }
$q = new Quiet;
try {
    unset($q);
    echo "unset done\n";
} catch (Exception $e) {
    echo "unexpected\n";
}
$c = new Boom(3);
echo "end\n";
--EXPECTF--
dtor 1
caught from dtor 1
dtor 2
caught from dtor 2
quiet dtor
unset done
end
dtor 3

Fatal error: Uncaught Exception: from dtor 3 in %s:4
Stack trace:
#0 [internal function]: Boom->__destruct()
#1 {main}
  thrown in %s on line 4
[exit 255: ]
