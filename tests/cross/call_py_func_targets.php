<?php
// call_py_func's target may be a name, a callable, "C::m" or ["C", "m"], and [$obj, "m"].
compile_py_func_global("def py_join(*parts, sep='-'): return sep.join(str(p) for p in parts)");
class Tools {
    static function wrap($s, $l = "(", $r = ")") { return $l . $s . $r; }
}
compile_py_meth("Tools", "def shout(self, s, times=1): return s.upper() * times");
echo call_py_func("py_join", [1, 2, 3], ["sep" => "+"]), "\n";
echo call_py_func(compile_py_func("def neg(x): return -x"), [5], []), "\n";
echo call_py_func([new Tools, "shout"], ["ab"], ["times" => 2]), "\n";
