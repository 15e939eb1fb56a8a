<?php
class PyException extends Exception {}
function risky($n) { if ($n % 2) throw new PyException("KeyError: $n"); return $n; }
function driver($cb) { $r = []; for ($i = 0; $i < 5; $i++) $r[] = $cb($i); return $r; }
$res = driver(function ($i) {
    try {
        return risky($i);
    } catch (PyException $e) {
        return "err(" . $e->getMessage() . ")";
    }
});
foreach ($res as $r) echo $r, "\n";
