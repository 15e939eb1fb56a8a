--TEST--
classes: typed property checks of __get results, constant defaults and ++ through references
--FILE--
<?php
define('FIVE', 5);
define('TXT', "abc");
class G {
    public int $n;
    public function __get($name) { echo "__get $name\n"; return $name === 'n' ? "12" : null; }
}
$g = new G;
$g->n = 1;
unset($g->n);
var_dump($g->n);
class H { public int $n; public function __get($name) { return "nope"; } }
$h = new H;
unset($h->n);
try { var_dump($h->n); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class D { public string $s = FIVE; public float $f = FIVE; }
try { new D; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class D2 { public float $f = FIVE; public ?string $s = TXT; }
$d2 = new D2;
var_dump($d2->f, $d2->s);
class E { public int $i = TXT; }
for ($k = 0; $k < 2; $k++) {
    try { new E; echo "made\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
class P { public int $i = PHP_INT_MAX; public ?int $j = PHP_INT_MIN; public $u; }
$p = new P;
$r = &$p->i;
try { $p->i++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$p->u = &$p->j;
try { $p->u--; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { --$p->j; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($p->i, $p->j);
--EXPECT--
__get n
int(12)
Cannot assign string to property H::$n of type int
Cannot assign int to property D::$s of type string
float(5)
string(3) "abc"
Cannot assign string to property E::$i of type int
Cannot assign string to property E::$i of type int
Cannot increment a reference held by property P::$i of type int past its maximal value
Cannot decrement a reference held by property P::$j of type ?int past its minimal value
Cannot decrement a reference held by property P::$j of type ?int past its minimal value
int(9223372036854775807)
int(-9223372036854775808)
