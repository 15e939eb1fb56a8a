--TEST--
memory_get_usage and memory_get_peak_usage follow what the program holds; memory_reset_peak_usage starts the peak over
--FILE--
<?php
$before = memory_get_usage();
var_dump(is_int($before) && $before > 0);
$s = str_repeat("x", 2000000);
$held = memory_get_usage();
var_dump($held - $before >= 2000000);
var_dump(memory_get_peak_usage() >= $held);
var_dump(memory_get_usage(true) >= 2000000);
var_dump(memory_get_peak_usage(true) >= memory_get_usage(true));
$peak = memory_get_peak_usage();
unset($s);
gc_collect_cycles();
var_dump(memory_reset_peak_usage());
var_dump(memory_get_peak_usage() < $peak);
var_dump(memory_get_peak_usage() >= memory_get_usage());
$list = [];
for ($i = 0; $i < 20000; $i++) {
    $list[] = "item $i";
}
var_dump(memory_get_usage() > $before);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
NULL
bool(true)
bool(true)
bool(true)
