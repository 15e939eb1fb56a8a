<?php
$unit = "kg";
function setup() {
    $unit = "local, not seen";
}
function weigh($x) { global $unit; return strval($x) . ' ' . $unit; }
setup();
echo weigh(5), "\n";
$unit = "lb";
echo weigh(7), "\n";
