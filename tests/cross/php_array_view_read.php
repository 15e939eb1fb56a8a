<?php
// A PHP array seen from Python: a dict-like view (keys, values, items, len, in, get).
$f = compile_py_func(<<<'PY'
def inspect(a):
    out = []
    out.append(len(a))
    out.append(a["name"])
    out.append(a[0])
    out.append("name" in a)
    out.append("missing" in a)
    out.append(0 in a)
    out.append(sorted(str(k) for k in a.keys()))
    out.append(list(a.values()))
    out.append(a.get("missing", "dflt"))
    return repr(out)
PY);
echo $f(["name" => "ada", 0 => "zero", "lang" => "py"]), "\n";
