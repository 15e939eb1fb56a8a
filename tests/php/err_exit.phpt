--TEST--
err: exit with a string prints it and exits 0; finally blocks do not run, shutdown functions do
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown\n"; });
try {
    echo "in try\n";
    exit("exit message\n");
} finally {
    echo "finally does not run on exit\n";
}
--EXPECT--
in try
exit message
shutdown
