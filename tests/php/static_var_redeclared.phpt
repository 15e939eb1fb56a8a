--TEST--
A static variable declared twice in one function takes its last declaration's initial value (PHP 8.2)
--FILE--
<?php
function counter() {
    static $n = 1;
    $n++;
    static $n = 100;
    $n++;
    return $n;
}
echo counter(), " ", counter(), "\n";
function nested() {
    static $x = "outer";
    $f = function () { static $x = "closure"; return $x; };
    return $x . "/" . $f();
}
echo nested(), "\n";
static $top = 1;
static $top = 2;
echo $top, "\n";
--EXPECT--
102 104
outer/closure
2
