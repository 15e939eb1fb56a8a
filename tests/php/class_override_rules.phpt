--TEST--
Overriding methods: compatible signatures pass (variance, extra optional parameters, widened visibility), an incompatible one is a fatal error at its line
--FILE--
<?php
interface Shape { function area(): float; }
class A {}
class B extends A {}
class P {
    protected function vis() {}
    public function take(B $b, int $n = 1): A { return $b; }
    public function opt($a, $b = 2) {}
    public function variadic(...$xs) {}
    public static function st() {}
    public function ref(&$r) {}
    public function nullable(?int $x): ?A { return null; }
    public function union(int|string $x): int|string { return $x; }
    public function it(array $a): iterable { return $a; }
}
class C extends P implements Shape {
    public function vis() {}
    public function take(A $b, int|float $n = 1, $extra = null): B { return new B; }
    public function opt($a, $b = 3, $c = 4) {}
    public function variadic(...$ys) {}
    public static function st() {}
    public function ref(&$r, ...$rest) {}
    public function nullable(?int $x = null): A { return new A; }
    public function union(int|string|null $x): int { return 1; }
    public function it(iterable $a): array { return []; }
    public function area(): float { return 1.5; }
}
echo "compatible\n";
class D extends P {
    public function opt($a, $b, $c) {}
}
echo "not reached\n";
--EXPECTF--

Fatal error: Declaration of D::opt($a, $b, $c) must be compatible with P::opt($a, $b = 2) in %s on line 30
[exit 255: ]
