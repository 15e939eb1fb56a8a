--TEST--
classes: typed static properties: coercion, TypeErrors, uninitialized ones, ++ past the int range
--FILE--
<?php
class S {
    public static int $i = 1;
    public static ?string $s = null;
    public static float $f = 1;
    public static int $uninit;
    public static ?int $nul;
    protected static array $p = [];
    static function p() { return self::$p; }
}
function t($label, $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(S::$f);
var_dump(S::$i = "42", S::$i);
t('assign', fn() => S::$i = "abc");
var_dump(S::$i);
S::$i .= "1"; var_dump(S::$i);
t('compound', fn() => S::$i .= "x");
S::$s = 5; var_dump(S::$s);
t('uninit read', fn() => S::$uninit);
t('uninit inc', fn() => S::$uninit++);
t('uninit compound', fn() => S::$uninit += 1);
S::$uninit = "7"; var_dump(S::$uninit);
S::$i = PHP_INT_MAX;
t('inc', fn() => S::$i++);
t('plus', fn() => S::$i += 1);
var_dump(S::$i);
$r = &S::$nul; var_dump($r);
$r = "9"; var_dump(S::$nul);
t('via ref', function () use (&$r) { $r = []; });
$x = "12";
S::$i = &$x; var_dump($x);
$y = "no";
t('bind', function () use (&$y) { S::$i = &$y; });
var_dump(isset(S::$uninit), S::p());
var_dump(array_key_exists('uninit', (new ReflectionClass('S'))->getStaticProperties()));
echo "done\n";
--EXPECT--
float(1)
int(42)
int(42)
assign: TypeError: Cannot assign string to property S::$i of type int
int(42)
int(421)
compound: TypeError: Cannot assign string to property S::$i of type int
string(1) "5"
uninit read: Error: Typed static property S::$uninit must not be accessed before initialization
uninit inc: Error: Typed static property S::$uninit must not be accessed before initialization
uninit compound: Error: Typed static property S::$uninit must not be accessed before initialization
int(7)
inc: TypeError: Cannot increment property S::$i of type int past its maximal value
plus: TypeError: Cannot assign float to property S::$i of type int
int(9223372036854775807)
NULL
int(9)
via ref: TypeError: Cannot assign array to reference held by property S::$nul of type ?int
int(12)
bind: TypeError: Cannot assign string to property S::$i of type int
bool(true)
array(0) {
}
bool(true)
done
