<?php
// Twin of php_array_is_mutable_mapping.php in PHP alone: the same recursive merge over arrays.
function merge(array &$dst, array $src): array {
    foreach ($src as $k => $v) {
        if (is_array($v) && isset($dst[$k]) && is_array($dst[$k])) {
            merge($dst[$k], $v);
        } else {
            $dst[$k] = $v;
        }
    }
    $keys = array_keys($dst);
    sort($keys);
    return $keys;
}
$conf = ["db" => ["host" => "localhost", "port" => 5432], "debug" => false];
print_r(merge($conf, ["db" => ["port" => 6543], "cache" => "redis"]));
print_r($conf);
