<?php
function run() {
    $x = 1;
    $f = function () use (&$x) { return is_string($x) ? str_repeat($x, 100) : $x * 100; };
    echo $f(), "\n";
    $x = 2;
    echo $f(), "\n";
    $x = "ab";
    echo $f() === str_repeat("ab", 100) ? "str repeated\n" : "other\n";
}
run();
