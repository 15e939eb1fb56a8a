# php_global_ns(): attribute write sets a PHP global variable that PHP code then reads.
php = php_global_ns()
php.config_level = 3
php.names = ["x", "y"]
show = compile_php_func("function show() { global $config_level, $names; return $config_level . ':' . count($names) . ':' . $names[1]; }")
print(show())
php.config_level = "high"
print(show())
