<?php
class PyException extends Exception {}
function f(&$a) {
    $a['5'] = 'five';
    $a['05'] = 'oh five';
    $a[-2] = 'minus two';
    $errors = [];
    foreach ([[null, 'NoneType'], [1.5, 'float'], [[1, 2], 'tuple']] as [$bad, $name]) {
        if (!is_int($bad) && !is_string($bad)) { $errors[] = $name; continue; }
        $a[$bad] = 'x';
    }
    return implode(',', $errors);
}
$arr = [];
echo f($arr), "\n";
var_dump($arr);
