--TEST--
flow: unparenthesized nested ternary is a compile error in PHP 8
--FILE--
<?php
echo "x";
$r = true ? 'a' : false ? 'b' : 'c';
--EXPECTF--

Fatal error: Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)` in %s on line 3
[exit 255: ]
