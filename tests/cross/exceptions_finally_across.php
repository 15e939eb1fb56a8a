<?php
// finally blocks on both sides run as an exception crosses the boundary twice.
$py = compile_py_func(<<<'PY'
def py(f):
    try:
        print("py try")
        return f()
    finally:
        print("py finally")
PY);
function thrower() {
    try {
        echo "php try\n";
        throw new LogicException("deep");
    } finally {
        echo "php finally\n";
    }
}
try {
    $py(fn() => thrower());
} catch (LogicException $e) {
    echo "outer caught: ", $e->getMessage(), "\n";
} finally {
    echo "outer finally\n";
}
