--TEST--
traits: as changes visibility of a trait method without renaming, and with renaming
--FILE--
<?php
trait T { private function secret() { return 'secret'; } public function open() { return 'open'; } }
class C { use T { secret as public; open as private closed; } function viaClosed() { return $this->closed(); } }
$c = new C;
echo $c->secret(), " ", $c->open(), " ", $c->viaClosed(), "\n";
try { $c->closed(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class D { use T { secret as protected revealed; } function r() { return $this->revealed(); } }
$d = new D; echo $d->r(), "\n";
try { $d->secret(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $d->revealed(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
secret open open
Call to private method C::closed() from global scope
secret
Call to private method D::secret() from global scope
Call to protected method D::revealed() from global scope
