--TEST--
exceptions_finally: a small program exercising exceptions finally
--FILE--
<?php
function f($x) {
    try {
        if ($x == 1) throw new InvalidArgumentException("one");
        if ($x == 2) throw new RuntimeException("two", 42);
        return "ok $x";
    } catch (InvalidArgumentException | TypeError $e) {
        return "caught " . get_class($e) . ": " . $e->getMessage();
    } finally {
        echo "finally $x\n";
    }
}
echo f(0), "\n";
echo f(1), "\n";
try { echo f(2), "\n"; } catch (Exception $e) { echo "outer ", $e->getMessage(), " ", $e->getCode(), " line ", $e->getLine(), "\n"; }
function loop() {
    for ($i = 0; $i < 5; $i++) {
        try {
            if ($i == 1) continue;
            if ($i == 3) break;
            echo "body $i\n";
        } finally {
            echo "fin $i\n";
        }
    }
    return $i;
}
echo loop(), "\n";
class MyEx extends Exception {
    public function __construct($m, private $extra = 'x') { parent::__construct($m); }
    public function getExtra() { return $this->extra; }
}
try { throw new MyEx("custom", "data"); } catch (Exception $e) { echo get_class($e), " ", $e->getMessage(), " ", $e->getExtra(), "\n"; }
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { strlen(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
function typed(int $x): int { return $x * 2; }
echo typed("21"), "\n";
try { typed("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { nothere(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { try { throw new Exception("inner"); } finally { echo "cleanup\n"; } } catch (Exception $e) { echo "got ", $e->getMessage(), "\n"; }
$prev = new Exception("first");
$e2 = new RuntimeException("second", 0, $prev);
echo $e2->getPrevious()->getMessage(), "\n";
echo match(true) { 1 > 2 => "a", default => "b" }, "\n";
try { echo match(5) { 1 => 'x' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
function thrower() { throw new LogicException("uncaught here"); }
thrower();
--EXPECTF--
finally 0
ok 0
finally 1
caught InvalidArgumentException: one
finally 2
outer two 42 line 5
body 0
fin 0
fin 1
body 2
fin 2
fin 3
3
MyEx custom data
Division by zero
Modulo by zero
strlen() expects exactly 1 argument, 0 given
42
typed(): Argument #1 ($x) must be of type int, string given, called in %s on line 39
Call to undefined function nothere()
cleanup
got inner
first
b
Unhandled match case 5

Fatal error: Uncaught LogicException: uncaught here in %s:47
Stack trace:
#0 %s(48): thrower()
#1 {main}
  thrown in %s on line 47
[exit 255: ]
