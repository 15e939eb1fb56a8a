--TEST--
classes: new expressions in parameter defaults, static variable initializers and attribute-free constant contexts
--FILE--
<?php
class Logger { public function __construct(public string $name = 'default') {} }
class Service { public function __construct(private Logger $logger = new Logger('svc')) {} function name() { return $this->logger->name; } }
echo (new Service)->name(), " ", (new Service(new Logger('x')))->name(), "\n";
function f(Logger $l = new Logger) { return $l->name; }
echo f(), " ", f(new Logger('given')), "\n";
var_dump((new Service) == (new Service), f() === f());
--EXPECT--
svc x
default given
bool(true)
bool(true)
