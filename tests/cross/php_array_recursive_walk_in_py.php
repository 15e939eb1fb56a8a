<?php
// A recursive Python function walks nested PHP arrays (read-only) and renders them.
$render = compile_py_func(<<<'PY'
def render(v, depth=0):
    pad = "  " * depth
    if hasattr(v, "items"):
        out = ""
        for k, x in v.items():
            if hasattr(x, "items"):
                out += pad + str(k) + ":\n" + render(x, depth + 1)
            else:
                out += pad + str(k) + " = " + repr(x) + "\n"
        return out
    return pad + repr(v) + "\n"
PY);
echo $render(["name" => "app", "deps" => ["core" => "1.2", "db" => ["driver" => "pg", "pool" => 4]], "debug" => false]);
