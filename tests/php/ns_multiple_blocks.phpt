--TEST--
namespaces: several bracketed namespaces, global namespace block, define() vs const in namespaces
--FILE--
<?php
namespace A { const X = 'A\X'; define('A\Y', 'A\Y via define'); define('Z', 'global Z'); function f() { return __FUNCTION__; } }
namespace B { const X = 'B\X'; function f() { return __FUNCTION__; } echo \A\X, " ", X, " ", \A\Y, " ", Z, " ", \A\f(), " ", f(), "\n"; }
namespace { echo A\X, " ", B\X, " ", constant('A\X'), " ", constant('\B\X'), "\n"; var_dump(__NAMESPACE__, defined('\A\Y'), defined('A\Y'));
  foreach (['A\X', 'A\Y', 'B\X', 'Z', 'B\Y'] as $n) var_dump(defined($n)); }
--EXPECT--
A\X B\X A\Y via define global Z A\f B\f
A\X B\X A\X B\X
string(0) ""
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
