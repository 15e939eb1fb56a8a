<?php
// compile_py_mod with a syntax error raises PyException SyntaxError; a runtime error in the module
// body raises its own exception.
try {
    compile_py_mod("broken_mod", "def f(:\n    pass");
} catch (PyException $e) {
    echo explode(":", $e->getMessage())[0], "\n";
}
try {
    compile_py_mod("failing_mod", "x = 1\ny = x / 0");
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
$ok = compile_py_mod("fine_mod", "z = 3");
echo $ok->z, "\n";
