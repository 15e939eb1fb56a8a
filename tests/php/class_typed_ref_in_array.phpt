--TEST--
classes: an array element bound to a typed property checks writes, compound assignments and ++/--
--FILE--
<?php
$a = new class { public int $foo = 1; };
$_ = [&$a->foo];
$_[0] += 1; var_dump($a->foo);
$_[0] .= "1"; var_dump($a->foo);
try { $_[0] .= "e50"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($a->foo);
$_[0]--; --$_[0]; var_dump($a->foo);
$a->foo = PHP_INT_MIN;
try { $_[0]--; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a->foo = PHP_INT_MAX;
try { ++$_[0]; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($a->foo);
try { $_[0] = []; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$_[0] = "5"; var_dump($a->foo);
--EXPECT--
int(2)
int(21)
Cannot assign string to reference held by property class@anonymous::$foo of type int
int(21)
int(19)
Cannot decrement a reference held by property class@anonymous::$foo of type int past its minimal value
Cannot increment a reference held by property class@anonymous::$foo of type int past its maximal value
int(9223372036854775807)
Cannot assign array to reference held by property class@anonymous::$foo of type int
int(5)
