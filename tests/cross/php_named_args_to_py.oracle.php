<?php
function box($text, $border = '*', $pad = 0) {
    $inner = str_repeat(' ', $pad) . $text . str_repeat(' ', $pad);
    return str_repeat($border, strlen($inner) + 2) . "\n" . $border . $inner . $border . "\n" . str_repeat($border, strlen($inner) + 2);
}
function kwonly($a, $b = 2, $c = 3) { return $a * 100 + $b * 10 + $c; }
$box = 'box';
echo $box("hi"), "\n";
echo $box("hi", pad: 1), "\n";
echo $box(border: "#", text: "yo"), "\n";
$k = 'kwonly';
echo $k(1, c: 9), "\n";
echo kwonly(4, b: 5), "\n";
