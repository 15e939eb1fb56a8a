--TEST--
#[SensitiveParameter] arguments show in traces as SensitiveParameterValue objects, which hide
their value from dumps, casts and exports
--FILE--
<?php
function login($user, #[SensitiveParameter] $password, #[\SensitiveParameter] ...$more)
{
    debug_print_backtrace();
    throw new Exception('denied');
}
function typed(int ...$n) {}
try {
    login('bob', 'hunter2', 'x', 'y');
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
    $args = $e->getTrace()[0]['args'];
    var_dump(count($args), $args[0], $args[1] instanceof SensitiveParameterValue);
    var_dump($args[1]->getValue(), $args[3]->getValue());
}
try {
    typed(1, 2, 'three');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

$v = new SensitiveParameterValue(['secret' => 1]);
ob_start();
var_dump($v);
echo preg_replace('/#\d+/', '#N', ob_get_clean());
print_r($v);
echo "\n", var_export($v, true), "\n";
var_dump((array)$v, json_encode($v), $v->getValue());
$w = clone $v;
var_dump($w->getValue() === $v->getValue());
try {
    $v->extra = 1;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    serialize($v);
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo (string)$v;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
#0 %s(9): login('bob', Object(SensitiveParameterValue), Object(SensitiveParameterValue), Object(SensitiveParameterValue))
#0 %s(9): login('bob', Object(SensitiveParameterValue), Object(SensitiveParameterValue), Object(SensitiveParameterValue))
#1 {main}
int(4)
string(3) "bob"
bool(true)
string(7) "hunter2"
string(1) "y"
typed(): Argument #3 must be of type int, string given, called in %s on line 17
object(SensitiveParameterValue)#N (0) {
}
SensitiveParameterValue Object

\SensitiveParameterValue::__set_state(array(
))
array(0) {
}
string(2) "{}"
array(1) {
  ["secret"]=>
  int(1)
}
bool(true)
Cannot create dynamic property SensitiveParameterValue::$extra
Serialization of 'SensitiveParameterValue' is not allowed
Object of class SensitiveParameterValue could not be converted to string
