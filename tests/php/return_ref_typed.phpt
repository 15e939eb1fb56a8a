--TEST--
by-reference functions with a return type return references (ArrayAccess::offsetGet declared &offsetGet(): mixed lets nested writes through); f($a[]) where f takes a value, known only at run time, throws
--FILE--
<?php
class Store implements ArrayAccess {
    private array $data = [];
    public function offsetExists(mixed $k): bool { return isset($this->data[$k]); }
    public function &offsetGet(mixed $k): mixed { if (!isset($this->data[$k])) $this->data[$k] = null; return $this->data[$k]; }
    public function offsetSet(mixed $k, mixed $v): void { if ($k === null) $this->data[] = $v; else $this->data[$k] = $v; }
    public function offsetUnset(mixed $k): void { unset($this->data[$k]); }
    public function &items(): array { return $this->data; }
}
$s = new Store;
$s['list'][] = 1;
$s['list'][] = 2;
$s['map']['x']['y'] = 3;
$r = &$s->items();
$r['direct'] = true;
var_dump($s);
class Num { public $n = "5"; function &get(): int { return $this->n; } function &bad(): int { return $this->s; } public $s = "abc"; }
$o = new Num;
$x = &$o->get();
var_dump($x, $o->n);
$x = 7;
var_dump($o->n);
try { $y = &$o->bad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function &counter(): int { static $c = 0; $c++; return $c; }
$c = &counter(); $c += 10; var_dump(counter());
function byref(&$x) { $x = "set"; }
function byval($x) { return $x; }
$a = [];
byref($a[]);
var_dump($a);
$f = 'byref';
$f($a[]);
var_dump($a);
$o = new class { function r(&$x) { $x = 1; } function v($x) {} };
$o->r($a[]);
var_dump(count($a));
try { $o->v($a[]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$g = 'byval';
try { $g($a[]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(count($a));
class AA implements ArrayAccess {
    private $data = [];
    public function &offsetGet($name): mixed { if ($name === null) return $this->data[]; return $this->data[$name]; }
    public function offsetSet($name, $value): void { $this->data[$name] = $value; }
    public function offsetUnset($name): void {}
    public function offsetExists($name): bool { return true; }
}
$aa = new AA;
$aa[3] = 1;
$aa[][][0] = 2;
$aa['k'] .= "str";
var_dump((fn() => $this->data)->call($aa));
class Plain implements ArrayAccess {
    public $data = ['a' => [1]];
    public function offsetGet($name): mixed { return $this->data[$name] ?? null; }
    public function offsetSet($name, $value): void { $this->data[$name] = $value; }
    public function offsetUnset($name): void {}
    public function offsetExists($name): bool { return true; }
}
$p = new Plain;
$p['a'][] = 2;
var_dump($p->data);
--EXPECTF--
object(Store)#1 (1) {
  ["data":"Store":private]=>
  &array(3) {
    ["list"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
    ["map"]=>
    array(1) {
      ["x"]=>
      array(1) {
        ["y"]=>
        int(3)
      }
    }
    ["direct"]=>
    bool(true)
  }
}
int(5)
int(5)
int(7)
Num::bad(): Return value must be of type int, string returned
int(12)
array(1) {
  [0]=>
  string(3) "set"
}
array(2) {
  [0]=>
  string(3) "set"
  [1]=>
  string(3) "set"
}
int(3)
Cannot use [] for reading
Cannot use [] for reading
int(3)
array(3) {
  [3]=>
  int(1)
  [4]=>
  array(1) {
    [0]=>
    array(1) {
      [0]=>
      int(2)
    }
  }
  ["k"]=>
  string(3) "str"
}

Notice: Indirect modification of overloaded element of Plain has no effect in %s on line 61
array(1) {
  ["a"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
