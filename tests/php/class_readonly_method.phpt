--TEST--
readonly is no method modifier
--FILE--
<?php
echo "never printed\n";
class Point {
    public readonly int $x;
    public readonly function x() { return $this->x; }
}
--EXPECTF--

Fatal error: Cannot use 'readonly' as method modifier in %s on line 5
[exit 255: ]
