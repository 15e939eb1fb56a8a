--TEST--
classes: readonly is no trait alias modifier
--FILE--
<?php
echo "compiled\n";
trait T { function foo() {} }
class Test {
    use T { foo as readonly; }
}
--EXPECTF--

Fatal error: Cannot use 'readonly' as method modifier in %s on line 5
[exit 255: ]
