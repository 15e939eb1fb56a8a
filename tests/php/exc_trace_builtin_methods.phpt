--TEST--
exceptions: traces show a builtin method called on a generator as "Generator->m()" and a destructor run by a statement at that statement's line
--FILE--
<?php
function numbers() { yield 1; throw new RuntimeException("spent"); }
$g = numbers();
foreach ([fn() => $g->current(), fn() => $g->next()] as $step) {
    try { $step(); echo "ok\n"; } catch (RuntimeException $e) {
        echo preg_replace('/^#\d+ \S+?: /m', '', str_replace(__FILE__, "F", $e->getTraceAsString())), "\n";
    }
}
class Noisy { function __destruct() { throw new LogicException("gone"); } }
function drop() {
    $n = new Noisy;
    unset($n);
}
try { drop(); } catch (LogicException $e) {
    foreach ($e->getTrace() as $i => $t) echo $i, " ", $t['line'] ?? "internal", " ", $t['class'] ?? "", $t['type'] ?? "", $t['function'], "\n";
}
--EXPECT--
ok
#0 [internal function]: numbers()
Generator->next()
{closure}()
#3 {main}
0 12 Noisy->__destruct
1 14 drop
