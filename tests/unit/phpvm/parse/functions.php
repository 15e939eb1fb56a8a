<?php
function plain($a, $b = 1, &$c = null, ...$rest) {}
function &byref(): ?int { return $x; }
function typed(int|string $a, ?Foo $b, A&B $c, (A&B)|null $d, static|null ...$e): static|false {}
function kinds(): void {} function n(): never {} function m(mixed $m): iterable {}
function gen() { yield; yield 1; yield $k => $v; $x = yield; yield from other(); }
function named() { f(a: 1, b: 2); f(...$args); f(1, ...$more); g(...); $o->m(...); A::s(...); }
function statics() { static $a, $b = 1; global $g, $$h; }
function defaults($a = [1, 2], $b = self::X, $c = PHP_INT_MAX, $d = new Foo) {}
