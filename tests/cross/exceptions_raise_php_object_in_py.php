<?php
// An exception thrown in PHP, crossing Python, caught back in PHP: it comes back as the original.
class AppError extends Exception {}
function php_inner($x) { if ($x > 2) throw new AppError("too big: $x"); return $x; }
$mid = compile_py_func("def mid(f, xs): return [f(x) for x in xs.values()]");
try {
    $mid(fn($x) => php_inner($x), [1, 2, 3]);
} catch (AppError $e) {
    echo "caught AppError: ", $e->getMessage(), "\n";
}
$orig = new AppError("identity");
$pass = compile_py_func("def pass_on(e): raise e");
try {
    $pass($orig);
} catch (Exception $e) {
    var_dump($e === $orig);
    echo get_class($e), "\n";
}
