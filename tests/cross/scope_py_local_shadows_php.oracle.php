<?php
function go() {
    $x = "php x";
    $len = "php len";
    $f = function ($x) { return strval(strlen($x)) . ':' . $x; };
    echo $f("param"), "\n";
}
go();
