--TEST--
unset() through an append dimension ($a[][k]) is the compile error "Cannot use [] for unsetting"
--FILE--
<?php
$list = [[1], [2]];
echo "never printed\n";
unset($list[][0]);
--EXPECTF--

Fatal error: Cannot use [] for unsetting in %s on line 4
[exit 255: ]
