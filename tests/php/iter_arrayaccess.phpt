--TEST--
iterators: ArrayAccess objects with [], isset, empty, unset, ??, append and nested writes
--FILE--
<?php
class Bag implements ArrayAccess { private $d = [];
  function offsetExists(mixed $o): bool { echo "exists(" . var_export($o, true) . ")\n"; return isset($this->d[$o]); }
  function offsetGet(mixed $o): mixed { echo "get(" . var_export($o, true) . ")\n"; return $this->d[$o] ?? null; }
  function offsetSet(mixed $o, mixed $v): void { echo "set(" . var_export($o, true) . ")\n"; if ($o === null) $this->d[] = $v; else $this->d[$o] = $v; }
  function offsetUnset(mixed $o): void { echo "unset(" . var_export($o, true) . ")\n"; unset($this->d[$o]); } }
$b = new Bag;
$b['a'] = 1; $b[] = 2; echo $b['a'], "\n";
var_dump(isset($b['a']), isset($b['zz']), empty($b['a']), $b['zz'] ?? 'dflt');
unset($b['a']); var_dump(isset($b['a']));
$b['arr'] = []; $b['arr'][] = 1;
$b[1.5] = 'f'; $b[true] = 't';
$b['n'] = 5; $b['n'] += 1; var_dump($b['n']);
--EXPECTF--
set('a')
set(NULL)
get('a')
1
exists('a')
exists('zz')
exists('a')
get('a')
exists('zz')
bool(true)
bool(false)
bool(false)
string(4) "dflt"
unset('a')
exists('a')
bool(false)
set('arr')
get('arr')

Notice: Indirect modification of overloaded element of Bag has no effect in %s on line 11
set(1.5)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5
set(true)
set('n')
get('n')
set('n')
get('n')
int(6)
