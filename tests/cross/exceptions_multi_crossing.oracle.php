<?php
class AppError extends Exception {}
function php_inner($x) { if ($x > 2) throw new AppError("too big: $x"); return $x; }
function mid($f, $xs) { $r = []; foreach ($xs as $x) $r[] = $f($x); return $r; }
try {
    mid(fn($x) => php_inner($x), [1, 2, 3]);
} catch (AppError $e) {
    echo "caught AppError: ", $e->getMessage(), "\n";
}
function relay($f) {
    try {
        $f();
    } catch (Exception $e) {
        echo "python saw: ", $e->getMessage(), "\n";
        throw $e;
    }
}
try {
    relay(function () { throw new AppError("relayed"); });
} catch (AppError $e) {
    echo "php caught ", get_class($e), ": ", $e->getMessage(), "\n";
}
