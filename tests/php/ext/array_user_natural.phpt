--TEST--
natsort/natcasesort and SORT_NATURAL, the ten user-callback diff/intersect variants, array_replace_recursive
--FILE--
<?php
$files = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img02.png", "Img3.png"];
$a = $files; natsort($a); print_r($a); $a = $files; natcasesort($a); print_r($a);
$a = $files; sort($a, SORT_NATURAL); print_r($a); $a = $files; sort($a, SORT_NATURAL | SORT_FLAG_CASE); print_r($a);
$a = $files; rsort($a, SORT_NATURAL); print_r($a); $a = ["b" => "x10", "a" => "x9"]; ksort($a, SORT_NATURAL); print_r($a); asort($a, SORT_NATURAL); print_r($a);
var_dump(SORT_NATURAL, SORT_ASC, SORT_DESC, SORT_LOCALE_STRING);
$cmp = function ($x, $y) { return strcasecmp($x, $y); };
$a1 = ["a" => "green", "b" => "brown", "c" => "blue", "red"]; $a2 = ["a" => "GREEN", "B" => "brown", "yellow", "red"];
print_r(array_udiff($a1, $a2, $cmp)); print_r(array_udiff_assoc($a1, $a2, $cmp)); print_r(array_udiff_uassoc($a1, $a2, $cmp, $cmp));
print_r(array_diff_ukey($a1, $a2, $cmp)); print_r(array_diff_uassoc($a1, $a2, $cmp));
print_r(array_uintersect($a1, $a2, $cmp)); print_r(array_uintersect_assoc($a1, $a2, $cmp)); print_r(array_uintersect_uassoc($a1, $a2, $cmp, $cmp));
print_r(array_intersect_ukey($a1, $a2, $cmp)); print_r(array_intersect_uassoc($a1, $a2, $cmp));
print_r(array_udiff([1, 5, 3], [3], [5], fn($a, $b) => $a <=> $b));
print_r(array_intersect_ukey(['blue' => 1, 'red' => 2, 'green' => 3, 'purple' => 4], ['green' => 5, 'blue' => 6, 'yellow' => 7, 'cyan' => 8], fn($a, $b) => $a <=> $b));
try { array_udiff([1], [2], "nope"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$base = ['citrus' => ["orange"], 'berries' => ["blackberry", "raspberry"], 'x' => 1, 'y' => [1, 2]];
$rep = ['citrus' => ['pineapple'], 'berries' => ['blueberry'], 'x' => [5], 'y' => 3];
print_r(array_replace_recursive($base, $rep)); print_r(array_replace_recursive($base, $rep, ['berries' => [2 => 'z']])); print_r(array_replace_recursive([1, [2, 3]]));
--EXPECT--
Array
(
    [2] => IMG2.png
    [5] => Img3.png
    [4] => img02.png
    [3] => img1.png
    [1] => img10.png
    [0] => img12.png
)
Array
(
    [4] => img02.png
    [3] => img1.png
    [2] => IMG2.png
    [5] => Img3.png
    [1] => img10.png
    [0] => img12.png
)
Array
(
    [0] => IMG2.png
    [1] => Img3.png
    [2] => img02.png
    [3] => img1.png
    [4] => img10.png
    [5] => img12.png
)
Array
(
    [0] => img02.png
    [1] => img1.png
    [2] => IMG2.png
    [3] => Img3.png
    [4] => img10.png
    [5] => img12.png
)
Array
(
    [0] => img12.png
    [1] => img10.png
    [2] => img1.png
    [3] => img02.png
    [4] => Img3.png
    [5] => IMG2.png
)
Array
(
    [a] => x9
    [b] => x10
)
Array
(
    [a] => x9
    [b] => x10
)
int(6)
int(4)
int(3)
int(5)
Array
(
    [c] => blue
)
Array
(
    [b] => brown
    [c] => blue
    [0] => red
)
Array
(
    [c] => blue
    [0] => red
)
Array
(
    [c] => blue
)
Array
(
    [a] => green
    [c] => blue
    [0] => red
)
Array
(
    [a] => green
    [b] => brown
    [0] => red
)
Array
(
    [a] => green
)
Array
(
    [a] => green
    [b] => brown
)
Array
(
    [a] => green
    [b] => brown
    [0] => red
)
Array
(
    [b] => brown
)
Array
(
    [0] => 1
)
Array
(
    [blue] => 1
    [green] => 3
)
array_udiff(): Argument #3 must be a valid callback, function "nope" not found or invalid function name
Array
(
    [citrus] => Array
        (
            [0] => pineapple
        )

    [berries] => Array
        (
            [0] => blueberry
            [1] => raspberry
        )

    [x] => Array
        (
            [0] => 5
        )

    [y] => 3
)
Array
(
    [citrus] => Array
        (
            [0] => pineapple
        )

    [berries] => Array
        (
            [0] => blueberry
            [1] => raspberry
            [2] => z
        )

    [x] => Array
        (
            [0] => 5
        )

    [y] => 3
)
Array
(
    [0] => 1
    [1] => Array
        (
            [0] => 2
            [1] => 3
        )

)
