--TEST--
classes: readonly classes make every declared property readonly and forbid dynamic properties
--FILE--
<?php
readonly class Money { public function __construct(public int $amount, public string $cur) {}
  public function add(int $n): static { return new static($this->amount + $n, $this->cur); } }
$m = new Money(5, 'EUR'); $n = $m->add(3);
var_dump($m, $n->amount);
try { $m->amount = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $m->extra = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset($m->cur); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$c = clone $m; var_dump($c == $m, $c === $m);
--EXPECT--
object(Money)#1 (2) {
  ["amount"]=>
  int(5)
  ["cur"]=>
  string(3) "EUR"
}
int(8)
Cannot modify readonly property Money::$amount
Cannot create dynamic property Money::$extra
Cannot unset readonly property Money::$cur
bool(true)
bool(false)
