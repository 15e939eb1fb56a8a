--TEST--
magic methods: __call forwarding to wrapped objects, parent::__call, and argument unpacking through __call
--FILE--
<?php
class Target { function greet($a, $b = 'dflt') { return "greet($a,$b)"; } }
class Proxy { function __construct(private object $t) {} 
  function __call($n, $args) { echo "proxy $n\n"; return $this->t->$n(...$args); } }
class LoggingProxy extends Proxy { function __call($n, $args) { echo "log $n\n"; return parent::__call($n, $args); } }
$p = new LoggingProxy(new Target);
echo $p->greet('x'), "\n", $p->greet(...['y', 'z']), "\n";
try { $p->missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = [$p, 'greet']; echo $f('call'), "\n";
echo call_user_func_array([$p, 'greet'], ['cufa']), "\n";
--EXPECT--
log greet
proxy greet
greet(x,dflt)
log greet
proxy greet
greet(y,z)
log missing
proxy missing
Call to undefined method Target::missing()
log greet
proxy greet
greet(call,dflt)
log greet
proxy greet
greet(cufa,dflt)
