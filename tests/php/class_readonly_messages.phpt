--TEST--
classes: readonly property messages: indirect modification of an uninitialized one, trait conflicts
--FILE--
<?php
class C {
    public readonly array $a;
    public readonly array $b;
    public function __construct() { $this->b = [1]; }
    public function appendA() { $this->a[] = 1; }
    public function appendB() { $this->b[] = 2; }
    public function refA() { $x = &$this->a; }
}
$c = new C;
foreach (['appendA', 'appendB', 'refA'] as $m) {
    try { $c->$m(); echo "$m: ok\n"; } catch (Error $e) { echo "$m: ", $e->getMessage(), "\n"; }
}
try { $c->b[] = 3; } catch (Error $e) { echo $e->getMessage(), "\n"; }
trait T1 { public int $p; }
trait T2 { public readonly int $p; }
class D { use T1, T2; }
--EXPECTF--
appendA: Cannot indirectly modify readonly property C::$a
appendB: Cannot modify readonly property C::$b
refA: Cannot indirectly modify readonly property C::$a
Cannot modify readonly property C::$b

Fatal error: T1 and T2 define the same property ($p) in the composition of D. However, the definition differs and is considered incompatible. Class was composed in %s on line 17
[exit 255: ]
