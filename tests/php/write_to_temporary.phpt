--TEST--
writes through a temporary (a call's result, a constant): the temporary is written and dropped, a shared array or constant is never modified; string offsets of temporaries give PHP's errors
--FILE--
<?php
function g() { static $a = [1, [2]]; return $a; }
const C = [1, [2]];
function k() { return C; }
g()[1][] = 5;
g()[1] = 7;
k()[1][] = 5;
var_dump(g(), k(), C);
function f() { return "abc"; }
function g2() { return [1, [2]]; }
function h() { return 5; }
try { f()[0][] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { f()[0] = "x"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { g2()[1][] = 1; echo "ok\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { h()[0][1] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r = &f()[0]; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset(f()[0][1]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { f()[0] .= "x"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { f()[0]++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (f())[5][] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Box implements ArrayAccess {
    public $items = [];
    function offsetExists($o): bool { return isset($this->items[$o]); }
    function offsetGet($o): mixed { return $this->items[$o] ?? null; }
    function offsetSet($o, $v): void { echo "set $o\n"; $this->items[$o] = $v; }
    function offsetUnset($o): void { unset($this->items[$o]); }
}
function box() { static $b; return $b ??= new Box; }
box()["k"] = 1;
var_dump(box()->items);
function nothing() { return null; }
nothing()[1][2] = 3;
function no() { return false; }
no()[] = 1;
echo "done\n";
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
}
Cannot use string offset as an array
ok
Cannot use a scalar value as an array
Cannot create references to/from string offsets
Cannot use string offset as an array
Cannot use assign-op operators with string offsets
Cannot increment/decrement string offsets
Cannot use string offset as an array
set k
array(1) {
  ["k"]=>
  int(1)
}

Deprecated: Automatic conversion of false to array is deprecated in %s on line 34
done
