--TEST--
Spreading arrays into a builtin's by-reference parameters (array_multisort, sort): the references the call makes for them survive collections
--FILE--
<?php
$data = [3, 1, 2];
for ($i = 0; $i < 3; $i++) {
    var_dump(array_multisort(...[[5, 4, $i], SORT_DESC]));
    $args = [[9, $i, 7], SORT_ASC, SORT_NUMERIC];
    var_dump(array_multisort(...$args));
}
var_dump(sort(...[$data]));
$arrays = [[3, 2, 1], ['c', 'b', 'a']];
var_dump(array_multisort(...$arrays));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
