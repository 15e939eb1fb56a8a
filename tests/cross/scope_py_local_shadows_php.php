<?php
// Python's own local and builtin names win over PHP's: a parameter shadows a PHP variable, and
// Python builtins (len, str) stay Python's even though PHP has variables of those names.
function go() {
    $x = "php x";
    $len = "php len";
    $f = compile_py_func("def f(x): return str(len(x)) + ':' + x");
    echo $f("param"), "\n";
}
go();
