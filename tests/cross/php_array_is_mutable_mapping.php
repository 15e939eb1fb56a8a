<?php
// A PHP array seen from Python is a collections.abc.MutableMapping, so generic mapping code
// (here a recursive merge written against the ABC) accepts it and changes it in place.
$merge = compile_py_func(<<<'PY'
def merge(dst, src):
    from collections.abc import Mapping, MutableMapping
    assert isinstance(dst, MutableMapping) and isinstance(dst, Mapping)
    for k, v in src.items():
        if isinstance(v, Mapping) and isinstance(dst.get(k), MutableMapping):
            merge(dst[k], v)
        else:
            dst[k] = v
    return sorted(dst.keys())
PY);
$conf = ["db" => ["host" => "localhost", "port" => 5432], "debug" => false];
print_r($merge($conf, ["db" => ["port" => 6543], "cache" => "redis"]));
print_r($conf);
