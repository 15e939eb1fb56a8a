--TEST--
isset() of an append dimension ($a[]) is the compile error "Cannot use [] for reading"
--FILE--
<?php
$list = [1, 2];
echo "never printed\n";
var_dump(isset($list[][0]));
--EXPECTF--

Fatal error: Cannot use [] for reading in %s on line 4
[exit 255: ]
