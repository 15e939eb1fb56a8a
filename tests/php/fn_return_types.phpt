--TEST--
fn: return types in coercive mode: conversions, nullable, union, void, never, static, mixed, errors
--FILE--
<?php
function toInt($v): int { return $v; }
function toFloat($v): float { return $v; }
function toString($v): string { return $v; }
function toBool($v): bool { return $v; }
function nullable($v): ?int { return $v; }
function union($v): int|string { return $v; }
function mixedRet($v): mixed { return $v; }
function t(callable $f, $v) {
    try { var_dump($f($v)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
t('toInt', "42"); t('toInt', 4.0); t('toInt', 4.5); t('toInt', "4.5"); t('toInt', true); t('toInt', "abc"); t('toInt', null);
t('toFloat', 3); t('toFloat', "1e2"); t('toString', 12); t('toString', 1.5); t('toString', []);
t('toBool', 0); t('toBool', "a"); t('nullable', null); t('nullable', "7");
t('union', 4.0); t('union', 4.5); t('union', true); t('mixedRet', null);
function v(): void { return; }
var_dump(v());
function nv(): never { throw new Exception("never returns"); }
try { nv(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function badNever(): never { }
try { badNever(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class S { public static function make(): static { return new static; } public function self(): self { return $this; } }
class T extends S {}
echo get_class(T::make()), get_class((new T)->self()), "\n";
function missingReturn(): int { if (false) return 1; }
try { missingReturn(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(42)
int(4)

Deprecated: Implicit conversion from float 4.5 to int loses precision in %s on line 2
int(4)

Deprecated: Implicit conversion from float-string "4.5" to int loses precision in %s on line 2
int(4)
int(1)
toInt(): Return value must be of type int, string returned
toInt(): Return value must be of type int, null returned
float(3)
float(100)
string(2) "12"
string(3) "1.5"
toString(): Return value must be of type string, array returned
bool(false)
bool(true)
NULL
int(7)
int(4)

Deprecated: Implicit conversion from float 4.5 to int loses precision in %s on line 7
int(4)
int(1)
NULL
NULL
never returns
badNever(): never-returning function must not implicitly return
TT
missingReturn(): Return value must be of type int, none returned
