--TEST--
arr: destructuring by reference binds variables to elements
--FILE--
<?php
$data = [1, [2, 3]];
[&$a, [$b, &$c]] = $data;
$a = 'A';
$c = 'C';
echo json_encode($data), " $b\n";
$rows = [['n' => 1], ['n' => 2]];
foreach ($rows as ['n' => &$n]) { $n *= 10; }
unset($n);
echo json_encode($rows), "\n";
$x = ['k' => 'v'];
['k' => &$ref] = $x;
$ref = 'changed';
echo $x['k'], "\n";
$list = [];
[&$new] = $list;
var_dump($list);
list($p, &$q) = $pair = [1, 2];
--EXPECTF--

Fatal error: Cannot assign reference to non referenceable value in %s on line 18
[exit 255: ]
