--TEST--
classes: an anonymous class's name holds a NUL then where it is declared; messages and dumps stop at the NUL
--FILE--
<?php
$point = new class { public int $x = 0; function who() { return static::class; } };
$name = get_class($point);
[$shown, $where] = explode("\0", $name);
echo $shown, " | ", basename($where), "\n";
var_dump($point->who() === $name, strlen($name) > strlen($shown));
var_dump($point);
print_r($point); echo "\n";
$copy = new $name;
var_dump($copy instanceof $point, class_exists($name));
try { $point->x = "many"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$it = new class([1, 2]) extends ArrayIterator implements Countable {};
echo strstr(get_class($it), "\0", true), " ", count($it), "\n";
interface Shape {}
$s = new class implements Shape { function boom() { throw new LogicException("boom"); } };
echo strstr(get_class($s), "\0", true), "\n";
try { $s->boom(); } catch (LogicException $e) {
    echo preg_replace('/^#\d+ \S+: /m', '', $e->getTraceAsString()), "\n";
}
var_export(str_replace(__DIR__, "DIR", var_export($point, true))); echo "\n";
--EXPECT--
class@anonymous | class_anonymous_name.php:2$0
bool(true)
bool(true)
object(class@anonymous)#1 (1) {
  ["x"]=>
  int(0)
}
class@anonymous Object
(
    [x] => 0
)

bool(true)
bool(true)
Cannot assign string to property class@anonymous::$x of type int
ArrayIterator@anonymous 2
Shape@anonymous
Shape@anonymous->boom()
#1 {main}
'\\class@anonymous' . "\0" . 'DIR/class_anonymous_name.php:2$0::__set_state(array(
   \'x\' => 0,
))'
