--TEST--
classes: readonly is no constant modifier
--FILE--
<?php
echo "compiled\n";
class Test {
    readonly const X = 1;
}
--EXPECTF--

Fatal error: Cannot use 'readonly' as constant modifier in %s on line 4
[exit 255: ]
