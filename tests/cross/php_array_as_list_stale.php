<?php
// A list view goes stale once a string key is added: a clear BridgeError, seen in PHP as PyException.
$f = compile_py_func(<<<'PY'
def use(a):
    l = a.as_list()
    print(l[0])
    a["k"] = "string key"
    try:
        l[0]
    except BridgeError:
        print("stale view")
    return len(a)
PY);
$arr = [1, 2];
echo $f($arr), "\n";
echo $arr["k"], "\n";
