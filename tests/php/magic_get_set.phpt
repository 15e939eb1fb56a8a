--TEST--
magic methods: __get/__set/__isset/__unset only for inaccessible or missing properties
--FILE--
<?php
class M { private $data = []; public $real = 'real'; private $hidden = 'h';
  function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; }
  function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; }
  function __isset($n) { echo "isset $n\n"; return isset($this->data[$n]); }
  function __unset($n) { echo "unset $n\n"; unset($this->data[$n]); } }
$m = new M;
$m->a = 1; echo $m->a, "\n"; echo $m->real, "\n"; echo $m->hidden ?? 'none', "\n";
var_dump(isset($m->a), isset($m->b), empty($m->a), isset($m->real));
unset($m->a); var_dump(isset($m->a));
$m->real = 'r2'; echo $m->real, "\n";
$m->arr = [1]; $m->arr[] = 2; var_dump($m->arr);
$m->n = 5; $m->n += 1; var_dump($m->n);
var_dump(property_exists($m, 'a'));
--EXPECTF--
set a
get a
1
real
isset hidden
none
isset a
isset b
isset a
get a
bool(true)
bool(false)
bool(false)
bool(true)
unset a
isset a
bool(false)
r2
set arr
get arr

Notice: Indirect modification of overloaded property M::$arr has no effect in %s on line 12
get arr
array(1) {
  [0]=>
  int(1)
}
set n
get n
set n
get n
int(6)
bool(false)
