--TEST--
magic methods: __debugInfo controls var_dump but not print_r or var_export; must return an array
--FILE--
<?php
class Secret { private $password = 'hunter2'; public $user = 'bob';
  function __debugInfo() { return ['user' => $this->user, 'password' => '***']; } }
$s = new Secret; var_dump($s); print_r($s); echo "\n";
$list = [new Secret]; var_dump($list);
class Bad { function __debugInfo() { return null; } }
$b = new Bad; var_dump($b);
class Worse { function __debugInfo() { return 1; } }
var_dump(new Worse);
--EXPECTF--
object(Secret)#1 (2) {
  ["user"]=>
  string(3) "bob"
  ["password"]=>
  string(3) "***"
}
Secret Object
(
    [user] => bob
    [password] => ***
)

array(1) {
  [0]=>
  object(Secret)#2 (2) {
    ["user"]=>
    string(3) "bob"
    ["password"]=>
    string(3) "***"
  }
}
object(Bad)#3 (0) {
}

Fatal error: __debuginfo() must return an array in %s on line 9
[exit 255: ]
