--TEST--
calls: the interpreter's fast call/return paths and their fallbacks (argument counts, defaults, named and by-reference arguments, types, traces, builtins)
--FILE--
<?php
function two($a, $b) { return $a . $b; }
function dflt($a, $b = 'B', $c = null) { return "$a$b" . var_export($c, true); }
function typed(int $i, float $f, string $s, bool $b, ?array $a = null): string
{
    return var_export([$i, $f, $s, $b, $a], true);
}
function ret_int($v): int { return $v; }
function ret_float(): float { return 3; }
function &refret(array &$a) { return $a[0]; }
function byref(&$x) { $x++; }
function inner() { throw new Exception("deep"); }
function middle($x) { return inner(); }
function outer() { return middle(1); }
function trace() { return array_map(fn($f) => $f['function'], debug_backtrace()); }
function via($n) { return trace(); }
class P { function m($x) { return $this->n($x) + 1; } function n($x) { return $x * 2; } static function s($x) { return static::class . $x; } }
class Q extends P { function n($x) { return parent::n($x) + 100; } }

for ($i = 0; $i < 3; $i++) {
    echo two("x", $i), " ", dflt($i), " ", dflt($i, 'b'), " ", dflt($i, 'b', $i), "\n";
    echo dflt(c: $i, a: 'n'), " ", typed($i, $i, $i, $i), "\n";
    echo ret_int("4$i"), " ", var_export(ret_float(), true), "\n";
    $arr = [$i, 2];
    $r = &refret($arr);
    $r = 'set';
    echo json_encode($arr), "\n";
    $v = $i;
    byref($v);
    echo $v, " ", (new P)->m($i), " ", (new Q)->m($i), " ", Q::s($i), "\n";
    echo implode(",", via($i)), "\n";
    echo strlen("abc$i"), " ", abs(-$i), " ", max($i, 1), " ", count([$i, $i]), " ", intdiv(7, $i + 1), "\n";
}
try { two(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { dflt(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { typed("x", 1, 1, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { ret_int("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { strlen(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { strlen([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo $e->getMessage(), " ", $e->getTrace()[0]['function'], "\n"; }
echo two(1, 2, 3), " ", typed(1.0, 2, 3, 0), "\n";
echo typed(2.5, 2, 3, 0), "\n";
try { outer(); } catch (Exception $e) {
    foreach ($e->getTrace() as $t) echo $t['function'], ":", $t['line'], " ";
    echo "\n";
}
function rec($n) { return $n ? rec($n - 1) + 1 : 0; }
echo rec(5000), "\n";
--EXPECTF--
x0 0BNULL 0bNULL 0b0
nB0 array (
  0 => 0,
  1 => 0.0,
  2 => '0',
  3 => false,
  4 => NULL,
)
40 3.0
["set",2]
1 1 101 Q0
trace,via
4 0 1 2 7
x1 1BNULL 1bNULL 1b1
nB1 array (
  0 => 1,
  1 => 1.0,
  2 => '1',
  3 => true,
  4 => NULL,
)
41 3.0
["set",2]
2 3 103 Q1
trace,via
4 1 1 2 3
x2 2BNULL 2bNULL 2b2
nB2 array (
  0 => 2,
  1 => 2.0,
  2 => '2',
  3 => true,
  4 => NULL,
)
42 3.0
["set",2]
3 5 105 Q2
trace,via
4 2 2 2 2
Too few arguments to function two(), 1 passed in %s on line 34 and exactly 2 expected
Too few arguments to function dflt(), 0 passed in %s on line 35 and at least 1 expected
typed(): Argument #1 ($i) must be of type int, string given, called in %s on line 36
ret_int(): Return value must be of type int, string returned
strlen() expects exactly 1 argument, 0 given
strlen(): Argument #1 ($string) must be of type string, array given
Division by zero intdiv
12 array (
  0 => 1,
  1 => 2.0,
  2 => '3',
  3 => false,
  4 => NULL,
)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 4
array (
  0 => 2,
  1 => 2.0,
  2 => '3',
  3 => false,
  4 => NULL,
)
inner:13 middle:14 outer:43 
5000
