<?php
class PyException extends Exception {}
function import_py_mod($n) { throw new PyException("ModuleNotFoundError: No module named '$n'"); }
try {
    import_py_mod("no_such_module_xyz");
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
echo "still running\n";
