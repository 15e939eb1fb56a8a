--TEST--
goto: a finally body with its own labels runs once per way out of the try; goto out of a try runs its finally
--FILE--
<?php
function f() {
    foreach ([1, 2] as $x) {
        try { echo $x; } finally { foreach ([3] as $y) { echo $y; break; } }
    }
    try { goto a; } finally { echo "f"; }
    a: echo "a\n";
    try { echo "t"; } finally { b: echo "in"; goto c; c: echo "c\n"; }
    try { throw new Exception("x"); } catch (Exception $e) { echo "caught "; } finally { goto d; echo "no"; d: echo "d\n"; }
}
f();
try {
    try { throw new Exception("boom"); } finally { $n = 0; again: if (++$n < 3) goto again; echo "n=$n\n"; }
} catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1323fa
tinc
caught d
n=3
boom
