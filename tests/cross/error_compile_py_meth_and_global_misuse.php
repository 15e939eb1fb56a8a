<?php
// compile_py_meth on an unknown class is PHP's "Class not found" Error; a method source that defines
// no function is a BridgeException; compile_py_func_global of an existing name is "Cannot redeclare".
try {
    compile_py_meth("Nope", "def m(self): pass");
    echo "added\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
class Target {}
try {
    compile_py_meth("Target", "x = 1");
} catch (BridgeException $e) {
    echo "BridgeException\n";
}
compile_py_func_global("def dup_fn(): return 1");
try {
    compile_py_func_global("def dup_fn(): return 2");
    echo "redeclared\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo dup_fn(), "\n";
