--TEST--
< on two arrays that contain references to themselves: PHP's fatal error "Nesting level too deep", nothing after it runs
--FILE--
<?php
$a = [1]; $a[] = &$a;
$b = [1]; $b[] = &$b;
echo "before\n";
for ($i = 0; $i < 3; $i++) {
    var_dump($a < $b);
}
echo "not reached\n";
--EXPECTF--
before

Fatal error: Nesting level too deep - recursive dependency? in %s on line 6
[exit 255: ]
