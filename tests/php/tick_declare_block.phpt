--TEST--
declare(ticks=N): a block form counts N statements a tick and ends with the block; functions compile with the ticks in force where they stand
--FILE--
<?php
function before() { $a = 1; $b = 2; return $a + $b; }
function t() { echo "t\n"; }
register_tick_function('t');
declare(ticks=2) {
    $a = 1;
    $b = 2;
    $c = 3;
    before();
    echo "in block\n";
}
$d = 4;
$e = 5;
echo "no ticks here\n";
declare(ticks=1);
function after() { $a = 1; return $a; }
after();
--EXPECT--
t
t
in block
no ticks here
t
t
t
