--TEST--
enums: enum cases are read-only; no dynamic properties, no clone, no new
--FILE--
<?php
enum E: string { case A = 'a'; }
try { $a = E::A; $a->name = 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a = E::A; $a->value = 'x'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a = E::A; $a->dyn = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { clone E::A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new E; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a = E::A; unset($a->name); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { E::B; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset(E::A->name), isset(E::A->nope));
try { $x = E::A->nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Error: Cannot modify readonly property E::$name
Cannot modify readonly property E::$value
Cannot create dynamic property E::$dyn
Trying to clone an uncloneable object of class E
Cannot instantiate enum E
Cannot unset readonly property E::$name
Undefined constant E::B
bool(true)
bool(false)

Warning: Undefined property: E::$nope in %s on line 11
