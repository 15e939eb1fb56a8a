--TEST--
include: require of a missing file is a fatal error after the warning
--FILE--
<?php
$dir = sys_get_temp_dir() . '/' . uniqid('phpb' . getmypid() . '_');
echo "before\n";
register_shutdown_function(function() use ($dir) { echo "shutdown\n"; });
require "nope_phpb_missing.php";
echo "never\n";
--EXPECTF--
before

Warning: require(nope_phpb_missing.php): Failed to open stream: No such file or directory in %s on line 5

Fatal error: Uncaught Error: Failed opening required 'nope_phpb_missing.php' (include_path='.:/usr/share/php') in %s:5
Stack trace:
#0 {main}
  thrown in %s on line 5
shutdown
[exit 255: ]
