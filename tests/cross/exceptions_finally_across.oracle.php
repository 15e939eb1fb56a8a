<?php
function py($f) {
    try {
        echo "py try\n";
        return $f();
    } finally {
        echo "py finally\n";
    }
}
function thrower() {
    try {
        echo "php try\n";
        throw new LogicException("deep");
    } finally {
        echo "php finally\n";
    }
}
try {
    py(fn() => thrower());
} catch (LogicException $e) {
    echo "outer caught: ", $e->getMessage(), "\n";
} finally {
    echo "outer finally\n";
}
