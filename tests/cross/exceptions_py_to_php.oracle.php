<?php
class PyException extends Exception {}
function f($x) { if ($x < 0) throw new PyException("ValueError: bad value"); return $x; }
try {
    f(-1);
} catch (PyException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
function g($d) { $a = ['a' => 1]; if (!array_key_exists($d, $a)) throw new PyException("KeyError: '$d'"); return $a[$d]; }
try {
    g("zz");
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
function h() { throw new PyException("ZeroDivisionError: division by zero"); }
try {
    h();
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
    var_dump($e instanceof PyException, $e instanceof Exception);
}
echo f(5), "\n";
