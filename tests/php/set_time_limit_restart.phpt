--TEST--
set_time_limit restarts the timer: a loop in the script, then one in a shutdown function (the
spinning function is one line, so the line reported is the same wherever the timer strikes)
--FILE--
<?php
function spin($what) { echo "spinning in $what\n"; $i = 0; while (true) { $i++; } }
register_shutdown_function(function () {
    echo "shutdown\n";
    set_time_limit(1);
    spin("shutdown");
});
echo set_time_limit(1) ? "armed\n" : "not armed\n";
spin("main");
--EXPECTF--
armed
spinning in main

Fatal error: Maximum execution time of 1 second exceeded in %s on line 2
shutdown
spinning in shutdown

Fatal error: Maximum execution time of 1 second exceeded in %s on line 2
[exit 255: ]
