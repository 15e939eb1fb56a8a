<?php
class Vault {
    private $secret;
    protected $level = 1;
    public function peek() { return $this->secret . "@" . $this->level; }
    public function __construct($s) { $this->secret = $s; $this->level = $this->level + 1; }
    public function reveal() { return strtoupper($this->secret); }
}
$v = new Vault("gold");
echo $v->peek(), "\n";
echo $v->reveal(), "\n";
