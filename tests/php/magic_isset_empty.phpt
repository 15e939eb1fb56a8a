--TEST--
magic methods: isset/empty/?? on overloaded properties with nested dimensions call __isset then __get
--FILE--
<?php
class Cfg { private $data = ['db' => ['host' => 'x', 'port' => 0], 'empty' => ''];
  function __isset($n) { echo "__isset($n)\n"; return isset($this->data[$n]); }
  function __get($n) { echo "__get($n)\n"; return $this->data[$n]; } }
$c = new Cfg;
var_dump(isset($c->db['host']), isset($c->db['nope']), isset($c->nope['x']));
var_dump(empty($c->empty), empty($c->db['port']), empty($c->db));
var_dump($c->db['host'] ?? 'dflt', $c->nope ?? 'dflt');
--EXPECT--
__isset(db)
__get(db)
__isset(db)
__get(db)
__isset(nope)
bool(true)
bool(false)
bool(false)
__isset(empty)
__get(empty)
__isset(db)
__get(db)
__isset(db)
__get(db)
bool(true)
bool(true)
bool(false)
__isset(db)
__get(db)
__isset(nope)
string(1) "x"
string(4) "dflt"
