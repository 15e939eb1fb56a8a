--TEST--
debug_backtrace (with objects, classes, call types, arguments) and debug_print_backtrace; exception traces
--FILE--
<?php
class K {
    function m($a) { debug_print_backtrace(); return debug_backtrace(); }
    static function s() { return (new K)->m('x'); }
}
function f($n) { return K::s(); }
$bt = f(5);
foreach ($bt as $e) { echo $e['function'], " ", $e['line'], " ", $e['class'] ?? '-', " ", $e['type'] ?? '-', " ", isset($e['object']) ? get_class($e['object']) : '-', " ", json_encode_args($e['args']), "\n"; }
function json_encode_args($a) { return implode(',', $a); }
function g() { debug_print_backtrace(); }
g();
$c = function () { echo count(debug_backtrace()), "\n"; };
$c();
try { throw new Exception("e"); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
function thrower() { throw new Exception("x"); }
try { thrower(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
--EXPECTF--
#0 %s(4): K->m('x')
#1 %s(6): K::s()
#2 %s(7): f(5)
m 4 K -> K x
s 6 K :: - 
f 7 - - - 5
#0 %s(11): g()
1
#0 {main}
#0 %s(16): thrower()
#1 {main}
