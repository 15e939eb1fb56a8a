<?php
function touch_(&$a) { $a['touched'] = true; return $a; }
$arr = ["x" => 1];
$back = touch_($arr);
var_dump(is_array($back));
print_r($back);
print_r($arr);
