<?php
// `$c::m()` with $c a Python class calls its static method / classmethod.
$m = compile_py_mod("cls_static_mod", <<<'PY'
class Util:
    @staticmethod
    def twice(x):
        return 2 * x
    @classmethod
    def name(cls):
        return cls.__name__
PY);
$C = $m->Util;
echo $C::twice(21), "\n";
echo $C::name(), "\n";
