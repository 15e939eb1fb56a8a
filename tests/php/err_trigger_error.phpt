--TEST--
err: trigger_error with each E_USER_* level, invalid levels, E_USER_ERROR stops the script
--FILE--
<?php
trigger_error("a user notice");
trigger_error("a user warning", E_USER_WARNING);
trigger_error("a user deprecation", E_USER_DEPRECATED);
var_dump(user_error("alias", E_USER_NOTICE));
try { trigger_error("bad level", E_WARNING); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo "before fatal\n";
trigger_error("a user error", E_USER_ERROR);
echo "not reached\n";
--EXPECTF--

Notice: a user notice in %s on line 2

Warning: a user warning in %s on line 3

Deprecated: a user deprecation in %s on line 4

Notice: alias in %s on line 5
bool(true)
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED
before fatal

Fatal error: a user error in %s on line 8
[exit 255: ]
