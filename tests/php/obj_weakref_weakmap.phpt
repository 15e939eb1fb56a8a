--TEST--
objects: WeakReference and WeakMap clear where PHP's refcounts free their objects
--FILE--
<?php
try { new WeakReference; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { WeakReference::create(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$o = new stdClass;
$o->name = 'obj';
$wr = WeakReference::create($o);
var_dump($wr === WeakReference::create($o));
var_dump($wr->get()->name);
$copy = $o;
$o = null;
var_dump($wr->get() !== null);
$copy = null;
var_dump($wr->get());
function scoped() { $t = new stdClass; return WeakReference::create($t); }
$w2 = scoped();
var_dump($w2->get());
$c = function () { return 1; };
$wc = WeakReference::create($c);
var_dump($wc->get() === $c);
unset($c);
var_dump($wc->get());

$m = new WeakMap;
try { $m[1] = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $m[] = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $m[new stdClass]; } catch (Error $e) { echo get_class($e), "\n"; }
$k1 = new stdClass; $k2 = new stdClass; $k3 = new stdClass;
$m[$k1] = 'one';
$m[$k2] = [1, 2];
$m[$k3] = null;
var_dump(count($m), $m[$k1], isset($m[$k2]), isset($m[$k3]), isset($m[new stdClass]));
$m[$k1] .= '!';
var_dump($m[$k1]);
foreach ($m as $k => $v) { var_dump($k === $k1 || $k === $k2 || $k === $k3, $v); }
unset($k2);
var_dump(count($m));
unset($m[$k1]);
var_dump(count($m), isset($m[$k1]));
$k3 = null;
var_dump(count($m));
class Node { public $next; }
$a = new Node; $b = new Node; $a->next = $b;
$m2 = new WeakMap; $m2[$a] = 'a'; $m2[$b] = 'b';
$a = null;
var_dump(count($m2));
$b = null;
var_dump(count($m2));
echo "done\n";
--EXPECT--
Error: Direct instantiation of WeakReference is not allowed, use WeakReference::create instead
TypeError: WeakReference::create(): Argument #1 ($object) must be of type object, int given
bool(true)
string(3) "obj"
bool(true)
NULL
NULL
bool(true)
NULL
TypeError: WeakMap key must be an object
Error: Cannot append to WeakMap
Error
int(3)
string(3) "one"
bool(true)
bool(false)
bool(false)
string(4) "one!"
bool(true)
string(4) "one!"
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bool(true)
NULL
int(2)
int(1)
bool(false)
int(1)
int(1)
int(0)
done
