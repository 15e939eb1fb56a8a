<?php
// compile_py_meth can supply __construct; the method sees private and protected members of its class.
class Vault {
    private $secret;
    protected $level = 1;
    public function peek() { return $this->secret . "@" . $this->level; }
}
compile_py_meth("Vault", "def __construct(self, s):\n    self.secret = s\n    self.level = self.level + 1");
compile_py_meth("Vault", "def reveal(self): return self.secret.upper()");
$v = new Vault("gold");
echo $v->peek(), "\n";
echo $v->reveal(), "\n";
