<?php
function build() {
    $fs = [];
    foreach ([1, 2, 3] as $i) {
        $fs[] = function () use (&$i) { return $i * 10; };
    }
    foreach ($fs as $f) echo $f(), " ";
    echo "\n";
    $i = 7;
    foreach ($fs as $f) echo $f(), " ";
    echo "\n";
}
build();
