--TEST--
classes: clone is shallow; __clone can deep-copy; clone of non-object is an error
--FILE--
<?php
class Leaf { public $v = 1; }
class Tree { public $leaf; public $arr; public $deep = false;
  function __construct() { $this->leaf = new Leaf; $this->arr = [new Leaf, 2]; }
  function __clone() { if ($this->deep) { $this->leaf = clone $this->leaf; } echo "cloning\n"; } }
$a = new Tree; $b = clone $a;
$b->leaf->v = 2; $b->arr[1] = 3; $b->arr[0]->v = 9;
var_dump($a->leaf->v, $a->arr[1], $a->arr[0]->v);
$a->deep = true; $c = clone $a; $c->leaf->v = 100; var_dump($a->leaf->v);
var_dump($a == $c, $a->leaf === $b->leaf);
try { $x = 5; $y = clone $x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Priv { private function __clone() {} static function dup($o) { return clone $o; } }
try { clone new Priv; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(Priv::dup(new Priv) instanceof Priv);
--EXPECT--
cloning
int(2)
int(2)
int(9)
cloning
int(2)
bool(false)
bool(true)
__clone method called on non-object
Call to private Priv::__clone() from global scope
bool(true)
