--TEST--
classes: typed property assignment coercion and TypeError messages
--FILE--
<?php
class P { public int $i = 0; public ?string $s = null; public float $f = 0.0; public bool $b = false; public array $a = []; public int|string $u = 0; }
$p = new P;
$p->i = "42"; var_dump($p->i);
$p->f = 3; var_dump($p->f);
$p->s = 12; var_dump($p->s);
$p->b = 1; var_dump($p->b);
$p->u = 1.0; var_dump($p->u);
$p->u = "x"; var_dump($p->u);
foreach ([['i', 'abc'], ['i', 1.5], ['a', 'str'], ['i', null], ['f', 'x'], ['s', []], ['b', new stdClass]] as [$k, $v]) {
    try { $p->$k = $v; echo "ok\n"; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump($p->i);
--EXPECTF--
int(42)
float(3)
string(2) "12"
bool(true)
int(1)
string(1) "x"
TypeError: Cannot assign string to property P::$i of type int

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 11
ok
TypeError: Cannot assign string to property P::$a of type array
TypeError: Cannot assign null to property P::$i of type int
TypeError: Cannot assign string to property P::$f of type float
TypeError: Cannot assign array to property P::$s of type ?string
TypeError: Cannot assign stdClass to property P::$b of type bool
int(1)
