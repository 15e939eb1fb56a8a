<?php
$l = [1, 'two', 3.5];
print_r($l);
echo "\n";
$d = ['k' => 'v', 'n' => [1, 2]];
print_r($d);
echo "\n";
var_dump(is_array($l));
