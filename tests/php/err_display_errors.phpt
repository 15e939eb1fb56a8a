--TEST--
err: display_errors=0 hides warnings and the uncaught exception message, the exit status stays 255
--INI--
display_errors=0
--FILE--
<?php
echo $undefined;
echo "still running\n";
trigger_error("invisible", E_USER_WARNING);
throw new RuntimeException("not shown");
--EXPECT--
still running
[exit 255: ]
