--TEST--
ini_set('max_execution_time') re-arms the request's timer as set_time_limit does, and ini_get
reads the setting
--FILE--
<?php
function spin() {
    $i = 0;
    while (true) {
        $i = ($i + 1) & 0xffff;
        $i = $i | 1;
    }
}
var_dump(ini_get('max_execution_time'));
var_dump(ini_set('max_execution_time', '3'));
var_dump(ini_set('max_execution_time', '1'));
var_dump(ini_get('max_execution_time'));
echo "spinning\n";
spin();
--EXPECTF--
string(1) "0"
string(1) "0"
string(1) "3"
string(1) "1"
spinning

Fatal error: Maximum execution time of 1 second exceeded in %s on line 5
[exit 255: ]
