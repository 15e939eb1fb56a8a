<?php
class AppError extends Exception {}
function php_inner($x) { if ($x > 2) throw new AppError("too big: $x"); return $x; }
function mid($f, $xs) { $r = []; foreach ($xs as $x) $r[] = $f($x); return $r; }
try {
    mid(fn($x) => php_inner($x), [1, 2, 3]);
} catch (AppError $e) {
    echo "caught AppError: ", $e->getMessage(), "\n";
}
$orig = new AppError("identity");
function pass_on($e) { throw $e; }
try {
    pass_on($orig);
} catch (Exception $e) {
    var_dump($e === $orig);
    echo get_class($e), "\n";
}
