<?php
// Reading a missing attribute of a Python object from PHP raises PyException "AttributeError: ...".
$m = compile_py_mod("aemod", "class E:\n    pass\n");
$e = $m->E();
try {
    echo $e->nothing, "\n";
} catch (PyException $ex) {
    echo explode(":", $ex->getMessage())[0], "\n";
}
try {
    $e->nomethod();
} catch (PyException $ex) {
    echo explode(":", $ex->getMessage())[0], "\n";
}
