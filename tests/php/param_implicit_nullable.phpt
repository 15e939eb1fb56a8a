--TEST--
A typed parameter whose default is null accepts null: ?T (or T1|T2|null) in messages and Reflection
--FILE--
<?php
class Shape {}
function draw(Shape $s = null, int $n = NULL) { echo gettype($s), " ", gettype($n), "\n"; }
draw();
draw(null, null);
draw(new Shape, 3);
function pick(Shape|string $v = null, ?int $w = null, mixed $m = null) { var_dump($v, $w, $m); }
pick(null);
foreach ([fn() => draw(5), fn() => draw(null, "x"), fn() => pick(1.5)] as $bad) {
    try { $bad(); } catch (TypeError $e) { echo $e->getMessage() === '' ? '' : explode(', called', $e->getMessage())[0], "\n"; }
}
foreach ((new ReflectionFunction('pick'))->getParameters() as $p)
    echo $p->getName(), ": ", $p->getType(), " ", var_export($p->allowsNull(), true), "\n";
echo (new ReflectionFunction('draw'))->getParameters()[0]->getType(), "\n";
--EXPECT--
NULL NULL
NULL NULL
object integer
NULL
NULL
NULL
draw(): Argument #1 ($s) must be of type ?Shape, int given
draw(): Argument #2 ($n) must be of type ?int, string given
string(3) "1.5"
NULL
NULL
v: Shape|string|null true
w: ?int true
m: mixed true
?Shape
