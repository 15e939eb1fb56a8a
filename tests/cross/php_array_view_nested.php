<?php
// Nested PHP arrays are views too: Python reaches into them and changes an inner array.
$f = compile_py_func(<<<'PY'
def bump(conf):
    conf["db"]["port"] += 1
    conf["db"]["hosts"].as_list().append("c")
    return conf["db"]["hosts"][0]
PY);
$conf = ["db" => ["port" => 5432, "hosts" => ["a", "b"]]];
echo $f($conf), "\n";
echo $conf["db"]["port"], " ", implode(",", $conf["db"]["hosts"]), "\n";
