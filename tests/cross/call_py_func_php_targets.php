<?php
// call_py_func on PHP targets ("C::m", ["C", "m"], a PHP function name) with positional arguments only.
class Tools {
    static function wrap($s, $l = "(", $r = ")") { return $l . $s . $r; }
}
function php_add($a, $b) { return $a + $b; }
echo call_py_func("php_add", [2, 3], []), "\n";
echo call_py_func("Tools::wrap", ["x"], []), "\n";
echo call_py_func(["Tools", "wrap"], ["y", "<", ">"]), "\n";
