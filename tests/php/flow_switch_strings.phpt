--TEST--
flow: switch over strings and numeric strings, case expressions evaluated in order, default-only switch
--FILE--
<?php
function kind($v) {
    switch (true) {
        case is_int($v): return 'int';
        case is_string($v) && is_numeric($v): return 'numeric string';
        case is_string($v): return 'string';
        default: return 'other';
    }
}
foreach ([1, "1", "x", 1.5, null] as $v) echo kind($v), " ";
echo "\n";
function cmd($c) {
    switch ($c) {
        case 'start': case 'begin': return 'starting';
        case 'stop': return 'stopping';
        case '1e1': return 'ten-ish';
        default: return "unknown $c";
    }
}
echo cmd('begin'), ", ", cmd('stop'), ", ", cmd('10'), ", ", cmd('restart'), "\n";
function order($v) { $log = ''; switch ($v) { case ($log .= 'a') && false: break; case ($log .= 'b') && true: $log .= '!'; break; case ($log .= 'c'): break; } return $log; }
echo order(true), "\n";
switch (3) { default: echo "only default\n"; }
$x = 'Z';
switch ($x) { case 'z': echo "lower\n"; break; case 'Z': echo "upper\n"; break; }
--EXPECT--
int numeric string string other other 
starting, stopping, ten-ish, unknown restart
ab!
only default
upper
