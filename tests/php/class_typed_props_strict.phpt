--TEST--
classes: typed properties under strict_types reject coercion but allow int to float
--FILE--
<?php
declare(strict_types=1);
class Q { public int $i = 1; public float $f = 1.0; public ?Q $next = null; public self|false $me = false; }
$q = new Q;
$q->f = 5; var_dump($q->f);
try { $q->i = "5"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $q->i = 5.0; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $q->next = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$q->next = new Q; $q->me = $q;
try { $q->me = true; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($q->next instanceof Q, $q->me === $q);
$q->i += 2; var_dump($q->i);
try { $q->i .= "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($q->i);
--EXPECT--
float(5)
Cannot assign string to property Q::$i of type int
Cannot assign float to property Q::$i of type int
Cannot assign stdClass to property Q::$next of type ?Q
Cannot assign bool to property Q::$me of type self|false
bool(true)
bool(true)
int(3)
Cannot assign string to property Q::$i of type int
int(3)
