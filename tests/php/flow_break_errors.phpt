--TEST--
flow: break with a level beyond the loop nesting is a fatal error at compile time
--FILE--
<?php
echo "not reached\n";
for ($i = 0; $i < 2; $i++) {
    break 2;
}
--EXPECTF--

Fatal error: Cannot 'break' 2 levels in %s on line 4
[exit 255: ]
