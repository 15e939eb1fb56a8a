<?php
// A module's globals are shared: PHP sets a module attribute, the module's functions see it.
$m = compile_py_mod("settings", <<<'PY'
level = 1
history = []
def bump():
    global level
    level += 1
    history.append(level)
    return level
PY);
echo $m->bump(), "\n";
$m->level = 10;
echo $m->bump(), " ", $m->level, "\n";
$h = $m->history;
echo count($h), " ", $h[1], "\n";
