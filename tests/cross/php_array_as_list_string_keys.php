<?php
// as_list() of an array with string keys is refused with BridgeError.
$f = compile_py_func(<<<'PY'
def use(a):
    try:
        a.as_list()
        return "listed"
    except BridgeError:
        return "refused"
PY);
echo $f(["a" => 1]), "\n";
echo $f([1, 2]), "\n";
