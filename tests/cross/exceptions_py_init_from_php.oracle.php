<?php
class PyException extends Exception {}
class Positive {
    public $v;
    function __construct($v) {
        if ($v <= 0) throw new PyException(sprintf("ValueError: must be positive, got %d", $v));
        $this->v = $v;
    }
}
foreach ([3, -2, 7] as $v) {
    try {
        $p = new Positive($v);
        echo "ok ", $p->v, "\n";
    } catch (PyException $e) {
        echo "error ", $e->getMessage(), "\n";
    }
}
