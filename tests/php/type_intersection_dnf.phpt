--TEST--
types: intersection and DNF types are enforced member by member and spelled as PHP spells them
--FILE--
<?php
interface Sized { function size(): int; }
interface Named { function name(): string; }
class Both implements Sized, Named { function size(): int { return 2; } function name(): string { return "both"; } }
class OnlySized implements Sized { function size(): int { return 1; } }

function need(Sized&Named $x) { return $x->name(); }
function either((Sized&Named)|int $x) { return is_int($x) ? "int" : $x->name(); }
function maybe(Sized&Named $x = null) { return $x ? $x->name() : "none"; }
function back(): (Sized&Named)|null { return new OnlySized; }
function walk(?iterable $it, iterable|null|int $q, bool|string $b) {}

echo need(new Both), " ", either(new Both), " ", either(3), " ", maybe(), "\n";
foreach ([fn() => need(new OnlySized), fn() => either(new OnlySized), fn() => maybe(new OnlySized),
          fn() => back(), fn() => walk(1.5, null, "x"), fn() => walk(null, "q", "x")] as $f) {
    try { $f(); } catch (TypeError $e) { echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
}
foreach (['need', 'either', 'maybe', 'walk'] as $fn) {
    foreach ((new ReflectionFunction($fn))->getParameters() as $p) {
        $t = $p->getType();
        echo $fn, " ", get_class($t), " ", $t, " ", var_export($t->allowsNull(), true), "\n";
    }
}
echo (new ReflectionFunction('back'))->getReturnType(), "\n";
--EXPECT--
both both int none
need(): Argument #1 ($x) must be of type Sized&Named, OnlySized given
either(): Argument #1 ($x) must be of type (Sized&Named)|int, OnlySized given
maybe(): Argument #1 ($x) must be of type (Sized&Named)|null, OnlySized given
back(): Return value must be of type (Sized&Named)|null, OnlySized returned
walk(): Argument #1 ($it) must be of type Traversable|array|null, float given
walk(): Argument #2 ($q) must be of type Traversable|array|int|null, string given
need ReflectionIntersectionType Sized&Named false
either ReflectionUnionType (Sized&Named)|int false
maybe ReflectionUnionType (Sized&Named)|null true
walk ReflectionNamedType ?iterable true
walk ReflectionUnionType Traversable|array|int|null true
walk ReflectionUnionType string|bool false
(Sized&Named)|null
