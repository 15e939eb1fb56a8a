--TEST--
bi: print_r of scalars, arrays, objects, nested structures and its return mode
--FILE--
<?php
print_r(null); print_r(false); print_r(true); print_r(1.0); print_r(-0.0); print_r("str");
echo "|\n";
print_r([1, 'k' => [2, [3]], 'e' => []]);
class Q { public $a = 1; protected $b = [2]; private $c = null; }
print_r(new Q);
$s = print_r(['x' => 1.5e30, 'y' => 0.1 + 0.2], true);
echo strlen($s), "\n", $s;
print_r(1e100); echo "\n";
print_r(NAN); echo "\n";
echo print_r("returned", true), "\n";
--EXPECT--
11-0str|
Array
(
    [0] => 1
    [k] => Array
        (
            [0] => 2
            [1] => Array
                (
                    [0] => 3
                )

        )

    [e] => Array
        (
        )

)
Q Object
(
    [a] => 1
    [b:protected] => Array
        (
            [0] => 2
        )

    [c:Q:private] => 
)
44
Array
(
    [x] => 1.5E+30
    [y] => 0.3
)
1.0E+100
NAN
returned
