--TEST--
magic methods: __clone runs on the copy with $this bound to it; cloning nested objects and counters
--FILE--
<?php
class Doc { public static $count = 0; public $id; public $tags; public $meta;
  function __construct() { $this->id = ++self::$count; $this->tags = new ArrayObject(['a']); $this->meta = ['x' => new stdClass]; }
  function __clone() { $this->id = ++self::$count; $this->tags = clone $this->tags; } }
$d = new Doc; $e = clone $d;
$e->tags[] = 'b'; $e->meta['x']->y = 1;
var_dump($d->id, $e->id, count($d->tags), count($e->tags), isset($d->meta['x']->y));
$f = clone $e; var_dump($f->id, Doc::$count);
--EXPECT--
int(1)
int(2)
int(1)
int(2)
bool(true)
int(3)
int(3)
