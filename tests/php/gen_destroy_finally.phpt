--TEST--
generators: a suspended generator that dies runs the finally blocks around its yield (unset, = null, end of scope, a foreach's temporary, end of script); catch blocks do not see the destruction; a yield there is an Error
--FILE--
<?php
function gen($name) {
    try {
        echo "$name start\n";
        yield 1;
        yield 2;
    } finally {
        echo "$name finally\n";
    }
}
function g2() {
    try {
        try { yield 1; } catch (Throwable $e) { echo "caught?\n"; }
        finally { echo "inner finally\n"; }
    } finally { echo "outer finally\n"; }
}
$g = gen("a");
foreach ($g as $v) { echo "v=$v\n"; break; }
unset($g);
echo "after unset\n";
function scope() {
    $g = gen("b");
    $g->current();
    echo "leaving scope\n";
}
scope();
echo "after scope\n";
$x = g2(); $x->current();
$x = null;
echo "after null\n";
$never = gen("never");
$done = gen("done"); foreach ($done as $v) {}
function thrower() {
    try { yield 1; } finally { echo "thrower finally\n"; throw new Exception("from finally"); }
}
function yielder() {
    try { yield 1; } finally { echo "yielder finally\n"; try { yield 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } echo "after\n"; }
}
function returner() {
    try { yield 1; } finally { echo "returner finally\n"; return 5; }
}
function tmp() {
    try { yield 1; yield 2; } finally { echo "tmp finally\n"; }
}
$g = yielder(); $g->current(); unset($g); echo "A\n";
$g = returner(); $g->current(); unset($g); echo "B\n";
foreach (tmp() as $v) { echo "v $v\n"; break; }
echo "C\n";
try {
    $g = thrower(); $g->current(); unset($g); echo "E\n";
} catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
echo "end of script\n";
$e = gen("e"); $e->current();
--EXPECT--
a start
v=1
a finally
after unset
b start
leaving scope
b finally
after scope
inner finally
outer finally
after null
done start
done finally
yielder finally
Error: Cannot yield from finally in a force-closed generator
after
A
returner finally
B
v 1
tmp finally
C
thrower finally
caught from finally
end of script
e start
e finally
