--TEST--
classes: readonly properties survive clone; object held by readonly property stays mutable
--FILE--
<?php
class Inner { public int $n = 0; }
class Box { public function __construct(public readonly Inner $in, public readonly int $id) {}
  public function withId(int $id): static { $c = clone $this; try { $c->id = $id; } catch (Error $e) { echo $e->getMessage(), "\n"; } return $c; } }
$b = new Box(new Inner, 1);
$b->in->n = 5;
$c = $b->withId(2);
var_dump($c->id, $c->in === $b->in, $c->in->n);
$c->in->n++;
var_dump($b->in->n);
var_dump($b == $c, $b === $c);
--EXPECT--
Cannot modify readonly property Box::$id
int(1)
bool(true)
int(5)
int(6)
bool(true)
bool(false)
