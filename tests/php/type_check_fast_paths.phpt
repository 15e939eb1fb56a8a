--TEST--
parameter and return type checks (the inline ones for values of the named kind, and coercions): scalars, nullable and union types, class types through parents and interfaces, self, static, void, mixed
--FILE--
<?php
interface Shape {}
class Base implements Shape { function me(): static { return $this; } function same(self $o): self { return $o; } }
class Sub extends Base {}
class Other {}

function f_int(int $x): int { return $x; }
function f_float(float $x): float { return $x; }
function f_string(string $x): string { return $x; }
function f_bool(bool $x): bool { return $x; }
function f_array(array $x): array { return $x; }
function f_nint(?int $x): ?int { return $x; }
function f_union(int|string $x): int|string { return $x; }
function f_base(Base $x): Base { return $x; }
function f_shape(Shape $x): Shape { return $x; }
function f_lower(base $x): BASE { return $x; }
function f_mixed(mixed $x): mixed { return $x; }
function f_obj(object $x): object { return $x; }
function f_void(): void { return; }
function f_ret_float(): float { return 3; }
function f_ret_int($x): int { return $x; }

$calls = ['f_int', 'f_float', 'f_string', 'f_bool', 'f_array', 'f_nint', 'f_union', 'f_base', 'f_shape', 'f_lower', 'f_mixed', 'f_obj'];
$vals = [1, 2.0, "7", "x", true, null, [1], new Base, new Sub, new Other];
foreach ($calls as $fn) {
    $out = [];
    foreach ($vals as $v) {
        try {
            $r = $fn($v);
            $out[] = is_object($r) ? get_class($r) : var_export($r, true);
        } catch (TypeError $e) {
            $out[] = 'TypeError';
        }
    }
    echo $fn, ': ', implode(' ', $out), "\n";
}
var_dump(f_void(), f_ret_float());
foreach ([5, "5", 5.0, "x", null] as $v) {
    try { var_dump(f_ret_int($v)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$s = new Sub;
echo get_class($s->me()), ' ', get_class($s->same(new Base)), "\n";
try { $s->same(new Other); } catch (TypeError $e) { echo get_class($e), "\n"; }
try { f_base(new Other); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
f_int: 1 2 7 TypeError 1 TypeError TypeError TypeError TypeError TypeError
f_float: 1.0 2.0 7.0 TypeError 1.0 TypeError TypeError TypeError TypeError TypeError
f_string: '1' '2' '7' 'x' '1' TypeError TypeError TypeError TypeError TypeError
f_bool: true true true true true TypeError TypeError TypeError TypeError TypeError
f_array: TypeError TypeError TypeError TypeError TypeError TypeError array (
  0 => 1,
) TypeError TypeError TypeError
f_nint: 1 2 7 TypeError 1 NULL TypeError TypeError TypeError TypeError
f_union: 1 2 '7' 'x' 1 TypeError TypeError TypeError TypeError TypeError
f_base: TypeError TypeError TypeError TypeError TypeError TypeError TypeError Base Sub TypeError
f_shape: TypeError TypeError TypeError TypeError TypeError TypeError TypeError Base Sub TypeError
f_lower: TypeError TypeError TypeError TypeError TypeError TypeError TypeError Base Sub TypeError
f_mixed: 1 2.0 '7' 'x' true NULL array (
  0 => 1,
) Base Sub Other
f_obj: TypeError TypeError TypeError TypeError TypeError TypeError TypeError Base Sub Other
NULL
float(3)
int(5)
int(5)
int(5)
f_ret_int(): Return value must be of type int, string returned
f_ret_int(): Return value must be of type int, null returned
Sub Base
TypeError
f_base(): Argument #1 ($x) must be of type Base, Other given, called in %s on line 44
