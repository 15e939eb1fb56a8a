--TEST--
traits: insteadof and as rules name used traits and existing methods; abstract trait methods are checked against what implements them
--FILE--
<?php
trait Reads { public function get(int $i) { return "read $i"; } abstract public function size(): int; }
trait Caches { public function get(int $i) { return "cached $i"; } private function hit() { return "hit"; } }
class Store {
    use Reads, Caches {
        Caches::get insteadof Reads;
        Reads::get as protected rawGet;
        hit as public;
    }
    public function size(): int { return 3; }
    public function both() { return $this->get(1) . " / " . $this->rawGet(2); }
}
$s = new Store;
echo $s->both(), " | ", $s->hit(), " | ", $s->size(), "\n";
$bad = [
    'trait X0 { function f() {} } class C0 { use X0 { Nowhere::f insteadof X0; } }',
    'trait X1 { function f() {} } trait Y1 { function f() {} } class C1 { use X1 { Y1::f insteadof X1; } }',
    'trait X2 { function f() {} } class C2 { use X2 { g as h; } }',
    'trait X3 { function f() {} } trait Y3 { function f() {} } class C3 { use X3, Y3 { f as g; } }',
    'trait X4 { function f() {} } trait Y4 { function f() {} } class C4 { use X4, Y4 { X4::f insteadof Y4; X4::f insteadof Y4; } }',
    'trait X5 { abstract function f(int $a); } class C5 { use X5; function f(string $a) {} }',
    'trait X6 { abstract private function f(array $a): array; } trait Y6 { public function f(array $a): string { return ""; } } class C6 { use X6, Y6; }',
];
echo count($bad), "\n";
eval($bad[(int)($argv[1] ?? 0)]);
echo "not reached\n";
--EXPECTF--
cached 1 / read 2 | hit | 3
7

Fatal error: Could not find trait Nowhere in %s(25) : eval()'d code on line 1
[exit 255: ]
