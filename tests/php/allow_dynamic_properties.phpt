--TEST--
#[AllowDynamicProperties] (inherited, and stdClass's subclasses) silences the dynamic property deprecation
--FILE--
<?php
#[AllowDynamicProperties]
class A {}
class B extends A {}
class C {}
class D extends stdClass {}
$a = new A; $a->x = 1; $b = new B; $b->y = 2; $d = new D; $d->z = 3;
$c = new C; $c->w = 4;
echo "done\n";
--EXPECTF--

Deprecated: Creation of dynamic property C::$w is deprecated in %s on line 8
done
