<?php
class PyException extends Exception {}
function g() {
    yield 1;
    yield 2;
    throw new PyException("ValueError: generator broke");
}
try {
    foreach (g() as $v) echo "got $v\n";
} catch (PyException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
