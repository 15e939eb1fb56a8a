--TEST--
destructuring with references (nested, keyed, in foreach); references bound to elements, appended elements and properties
--FILE--
<?php
$arr = [1, [2, 3], 'k' => 4];
[0 => &$a, 1 => [$b, &$c], 'k' => &$d] = $arr;
$a = 10; $c = 30; $d = 40;
print_r($arr); var_dump($b);
$rows = [[1, 2], [3, 4]];
foreach ($rows as [&$x, $y]) { $x *= 100; }
unset($x);
print_r($rows);
$o = new stdClass; $o->list = []; $v = 5;
$o->list[] = &$v; $v = 6; print_r($o->list);
$m = []; $val = 'a';
foreach ([1] as $_) { $m['ref'] = &$val; }
$val = 'b'; print_r($m);
$target = []; $src = 'z';
$p = &$src;
$arr2 = [&$src]; $src = 'changed'; print_r($arr2);
$objs = [new stdClass]; $objs[0]->p = 1; $q = 9;
foreach ([1] as $k) { $objs[0]->p = &$q; } $q = 10; var_dump($objs[0]->p);
--EXPECT--
Array
(
    [0] => 10
    [1] => Array
        (
            [0] => 2
            [1] => 30
        )

    [k] => 40
)
int(2)
Array
(
    [0] => Array
        (
            [0] => 100
            [1] => 2
        )

    [1] => Array
        (
            [0] => 300
            [1] => 4
        )

)
Array
(
    [0] => 6
)
Array
(
    [ref] => b
)
Array
(
    [0] => changed
)
int(10)
