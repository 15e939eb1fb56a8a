<?php
// A Python syntax error in compile_py_func's source reaches PHP as PyException "SyntaxError: ...".
try {
    compile_py_func("def broken(:\n    pass");
} catch (PyException $e) {
    echo substr($e->getMessage(), 0, strlen("SyntaxError")), "\n";
}
echo "after\n";
