--TEST--
func_num_args/func_get_args/func_get_arg outside a function throw PHP's Errors
--FILE--
<?php
foreach (['func_num_args', 'func_get_args'] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    func_get_arg(0);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
function inside() { return func_num_args() . ":" . implode(",", func_get_args()); }
echo inside(1, 2, 3), "\n";
--EXPECT--
func_num_args() must be called from a function context
func_get_args() cannot be called from the global scope
func_get_arg() cannot be called from the global scope
3:1,2,3
