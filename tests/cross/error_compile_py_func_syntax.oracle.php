<?php
class PyException extends Exception {}
try {
    throw new PyException("SyntaxError: invalid syntax");
} catch (PyException $e) {
    echo substr($e->getMessage(), 0, strlen("SyntaxError")), "\n";
}
echo "after\n";
