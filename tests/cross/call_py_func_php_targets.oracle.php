<?php
class Tools {
    static function wrap($s, $l = "(", $r = ")") { return $l . $s . $r; }
}
function php_add($a, $b) { return $a + $b; }
echo call_user_func_array("php_add", [2, 3]), "\n";
echo call_user_func_array("Tools::wrap", ["x"]), "\n";
echo call_user_func_array(["Tools", "wrap"], ["y", "<", ">"]), "\n";
