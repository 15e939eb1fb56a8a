--TEST--
autoload: declaring a class loads its parent and interfaces through the autoloaders; the loader sees fully qualified names
--FILE--
<?php
spl_autoload_register(function ($c) {
  echo "load $c\n";
  $defs = ['App\Base' => 'namespace App; abstract class Base implements Contract { }', 'App\Contract' => 'namespace App; interface Contract { const V = 7; }', 'App\Impl' => 'namespace App; class Impl extends Base { }'];
  if (isset($defs[$c])) eval($defs[$c]);
});
$o = new App\Impl;
var_dump($o instanceof App\Contract, App\Impl::V, get_parent_class($o));
var_dump(class_exists('App\Impl', false), interface_exists('App\Contract', false));
--EXPECT--
load App\Impl
load App\Base
load App\Contract
bool(true)
int(7)
string(8) "App\Base"
bool(true)
bool(true)
