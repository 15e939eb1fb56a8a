--TEST--
generators: after exit(), the generators suspended in try/finally (a foreach's too) run their finally blocks as they are destroyed
--FILE--
<?php
function gen($n) { try { echo "$n in\n"; yield 1; yield 2; } finally { echo "$n finally\n"; } }
$a = gen("a"); $a->current();
function f() { $b = gen("b"); foreach ($b as $v) { if ($v == 1) { $c = gen("c"); $c->current(); exit("exiting\n"); } } }
f();
--EXPECT--
a in
b in
c in
exiting
b finally
c finally
a finally
