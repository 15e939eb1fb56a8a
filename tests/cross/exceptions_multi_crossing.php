<?php
// An exception thrown in PHP, crossing Python (caught there, re-raised), caught back in PHP as the original.
class AppError extends Exception {}
function php_inner($x) { if ($x > 2) throw new AppError("too big: $x"); return $x; }
$mid = compile_py_func("def mid(f, xs): return [f(x) for x in xs.values()]");
try {
    $mid(fn($x) => php_inner($x), [1, 2, 3]);
} catch (AppError $e) {
    echo "caught AppError: ", $e->getMessage(), "\n";
}
$relay = compile_py_func(<<<'PY'
def relay(f):
    try:
        f()
    except PHPException as e:
        print("python saw:", e.message)
        raise
PY);
try {
    $relay(function () { throw new AppError("relayed"); });
} catch (AppError $e) {
    echo "php caught ", get_class($e), ": ", $e->getMessage(), "\n";
}
