--TEST--
A bare return in a function with a nullable return type is a compile error suggesting return null
--FILE--
<?php
function ok(): void { return; }
function gen(): Generator { yield 1; return; }
$f = fn(): ?int => null;
echo "never printed\n";
function find(array $a, $k): ?string {
    if (!isset($a[$k])) {
        return;
    }
    return $a[$k];
}
--EXPECTF--

Fatal error: A function with return type must return a value (did you mean "return null;" instead of "return;"?) in %s on line 8
[exit 255: ]
