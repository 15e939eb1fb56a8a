--TEST--
crypt() on libcrypt and the password_* API (bcrypt)
--FILE--
<?php
var_dump(PASSWORD_DEFAULT, PASSWORD_BCRYPT, PASSWORD_BCRYPT_DEFAULT_COST);
$h = password_hash("secret", PASSWORD_DEFAULT);
var_dump(strlen($h), substr($h, 0, 7), password_verify("secret", $h), password_verify("Secret", $h));
var_dump(password_get_info($h));
var_dump(password_needs_rehash($h, PASSWORD_DEFAULT), password_needs_rehash($h, PASSWORD_BCRYPT, ["cost" => 11]), password_needs_rehash($h, "argonX"), password_needs_rehash("abc", null));
$h5 = password_hash("x", PASSWORD_BCRYPT, ["cost" => 5]);
var_dump(substr($h5, 0, 7), password_get_info($h5)["options"], password_verify("x", $h5));
var_dump(password_get_info("nope"), password_get_info('$1$abc$def'));
foreach ([["x", "bogus"], ["x", 7], ["x\0y", null], ["x", null, ["cost" => 3]], ["x", null, ["cost" => 32]]] as $a) {
  try { var_dump(password_hash(...$a)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$h = password_hash("x", PASSWORD_BCRYPT, ["cost" => 4, "salt" => "abcdefghijklmnopqrstuv"]);
var_dump(password_verify("x", $h));
// fixed vectors
var_dump(crypt("rasmuslerdorf", "rl"));
var_dump(crypt("rasmuslerdorf", '_J9..rasm'));
var_dump(crypt("rasmuslerdorf", '$1$rasmusle$'));
var_dump(crypt("rasmuslerdorf", '$2y$07$usesomesillystringforsalt$'));
var_dump(crypt("rasmuslerdorf", '$2a$07$usesomesillystringforsalt$'));
var_dump(crypt("rasmuslerdorf", '$5$rounds=5000$usesomesillystringforsalt$'));
var_dump(crypt("rasmuslerdorf", '$6$rounds=5000$usesomesillystringforsalt$'));
var_dump(crypt("x", ""), crypt("x", "*0"), crypt("x", "*1"), crypt("x", '$'), crypt("x", "a"), crypt("x", '$2y$03$aaaaaaaaaaaaaaaaaaaaaa'), crypt("x", "!!"));
var_dump(password_verify("rasmuslerdorf", '$1$rasmusle$rISCgZzpwk3UhDidwXvin0'), password_verify("rasmuslerdorf", "rl.3StKT.4T8M"));
var_dump(password_verify("x", ""), password_verify("", '$2y$04$'));
var_dump(in_array("2y", password_algos(), true));
--EXPECTF--
string(2) "2y"
string(2) "2y"
int(10)
int(60)
string(7) "$2y$10$"
bool(true)
bool(false)
array(3) {
  ["algo"]=>
  string(2) "2y"
  ["algoName"]=>
  string(6) "bcrypt"
  ["options"]=>
  array(1) {
    ["cost"]=>
    int(10)
  }
}
bool(false)
bool(true)
bool(false)
bool(true)
string(7) "$2y$05$"
array(1) {
  ["cost"]=>
  int(5)
}
bool(true)
array(3) {
  ["algo"]=>
  NULL
  ["algoName"]=>
  string(7) "unknown"
  ["options"]=>
  array(0) {
  }
}
array(3) {
  ["algo"]=>
  NULL
  ["algoName"]=>
  string(7) "unknown"
  ["options"]=>
  array(0) {
  }
}
ValueError: password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm
ValueError: password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm
ValueError: Bcrypt password must not contain null character
ValueError: Invalid bcrypt cost parameter specified: 3
ValueError: Invalid bcrypt cost parameter specified: 32

Warning: password_hash(): The "salt" option has been ignored, since providing a custom salt is no longer supported in %s on line 13
bool(true)
string(13) "rl.3StKT.4T8M"
string(20) "_J9..rasmBYk8r9AiWNc"
string(34) "$1$rasmusle$rISCgZzpwk3UhDidwXvin0"
string(60) "$2y$07$usesomesillystringfore2uDLvp1Ii2e./U9C8sBjqp8I90dH6hi"
string(60) "$2a$07$usesomesillystringfore2uDLvp1Ii2e./U9C8sBjqp8I90dH6hi"
string(75) "$5$rounds=5000$usesomesillystri$KqJWpanXZHKq2BOB43TSaYhEWsQ1Lr5QNyPCDH/Tp.6"
string(118) "$6$rounds=5000$usesomesillystri$D4IrlXatmP7rx3P3InaxBeoomnAihCKRVQP22JZ6EY47Wc6BkroIuUUBOov1i.S5KPgErtP/EN5mcO.ChWQW21"
string(2) "*0"
string(2) "*1"
string(2) "*0"
string(2) "*0"
string(2) "*0"
string(2) "*0"
string(2) "*0"
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
