<?php
// Importing a module that does not exist: PyException "ModuleNotFoundError: ...".
try {
    import_py_mod("no_such_module_xyz");
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
echo "still running\n";
