<?php
// compile_py_func_global is scoped over the PHP globals, even when called inside a function.
$unit = "kg";
function setup() {
    $unit = "local, not seen";
    compile_py_func_global("def weigh(x): return str(x) + ' ' + unit");
}
setup();
echo weigh(5), "\n";
$unit = "lb";
echo weigh(7), "\n";
