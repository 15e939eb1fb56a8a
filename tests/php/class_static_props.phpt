--TEST--
classes: static properties are shared with subclasses unless redeclared; references into them
--FILE--
<?php
class A { public static $n = 0; public static $own = 'a'; static function inc() { return ++static::$n; } }
class B extends A { public static $own = 'b'; }
A::inc(); B::inc(); B::$n += 10;
var_dump(A::$n, B::$n, A::$own, B::$own);
$r = &A::$own; $r = 'changed'; var_dump(A::$own, B::$own);
$name = 'n'; var_dump(B::$$name);
try { var_dump(A::$missing); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class T { public static int $typed = 1; private static $secret = 's'; }
try { var_dump(T::$secret); } catch (Error $e) { echo $e->getMessage(), "\n"; }
A::$arr[] = 1;
--EXPECTF--
int(12)
int(12)
string(1) "a"
string(1) "b"
string(7) "changed"
string(1) "b"
int(12)
Access to undeclared static property A::$missing
Cannot access private property T::$secret

Fatal error: Uncaught Error: Access to undeclared static property A::$arr in %s:11
Stack trace:
#0 {main}
  thrown in %s on line 11
[exit 255: ]
