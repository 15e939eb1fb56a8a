--TEST--
err: exit with an int sets the status and prints nothing; die is an alias
--FILE--
<?php
echo "before\n";
function stop() { die(3); }
stop();
echo "not reached\n";
--EXPECT--
before
[exit 3: ]
