--TEST--
Assigning a declared property again after unset() recreates it without the dynamic property deprecation
--FILE--
<?php
class Session {
    public $user = "anon";
    protected $token = "t";
    private $secret = 1;
    function reset() {
        unset($this->user, $this->token, $this->secret);
        var_dump(isset($this->user));
        $this->user = "bob";
        $this->token = "new";
        $this->secret = 2;
    }
}
$s = new Session;
$s->reset();
var_dump($s);
$s->extra = 1;
unset($s->user);
$s->user = "eve";
echo $s->user, "\n";
--EXPECTF--
bool(false)
object(Session)#1 (3) {
  ["user"]=>
  string(3) "bob"
  ["token":protected]=>
  string(3) "new"
  ["secret":"Session":private]=>
  int(2)
}

Deprecated: Creation of dynamic property Session::$extra is deprecated in %s on line 17
eve
