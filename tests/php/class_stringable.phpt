--TEST--
classes: __toString makes a class implicitly Stringable; string contexts use it
--FILE--
<?php
class S { function __construct(private $s) {} function __toString(): string { return "S($this->s)"; } }
$s = new S("x");
var_dump($s instanceof Stringable, (string)$s, "v=$s", $s . "!", strlen($s), str_repeat($s, 2));
var_dump(in_array('Stringable', class_implements($s)));
function takes(string $v) { return $v; } var_dump(takes($s));
function takesS(Stringable $v) { return (string)$v; } var_dump(takesS($s));
var_dump($s == "S(x)", "S(x)" == $s);
echo $s, "\n"; print $s; echo "\n";
$arr = [(string)$s => 1]; var_dump($arr);
try { (string)new stdClass; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo new stdClass; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(sprintf("%s|%5s", $s, new S(1)));
--EXPECT--
bool(true)
string(4) "S(x)"
string(6) "v=S(x)"
string(5) "S(x)!"
int(4)
string(8) "S(x)S(x)"
bool(true)
string(4) "S(x)"
string(4) "S(x)"
bool(true)
bool(true)
S(x)
S(x)
array(1) {
  ["S(x)"]=>
  int(1)
}
Object of class stdClass could not be converted to string
Object of class stdClass could not be converted to string
string(10) "S(x)| S(1)"
