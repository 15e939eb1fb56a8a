--TEST--
get_class()/get_parent_class() without arguments use the calling class; get_declared_classes/interfaces/traits and get_defined_functions list the tables
--FILE--
<?php
interface Shape {}
trait Named { function name() { return get_class(); } }
class Base { function who() { return [get_class(), get_parent_class()]; } }
class Circle extends Base implements Shape {
    use Named;
    function who() { return array_merge(parent::who(), [get_class(), get_parent_class()]); }
    static function maker() { return fn() => get_class(); }
}
enum Suit { case Hearts; }
class_alias('Circle', 'Round');
function make_shape() {}
echo implode(",", (new Circle)->who()), " ", (new Circle)->name(), " ", (Circle::maker())(), "\n";
var_dump(get_parent_class());
try {
    get_class();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$classes = get_declared_classes();
$last = array_slice($classes, -4);
echo implode(",", $last), "\n";
foreach (['stdClass', 'Exception', 'Shape', 'Named'] as $n)
    echo $n, ":", var_export(in_array($n, $classes), true), " ";
echo "\n";
$ifaces = get_declared_interfaces();
echo $ifaces[count($ifaces) - 1], " ", var_export(in_array('Traversable', $ifaces), true), "\n";
var_dump(get_declared_traits());
$fns = get_defined_functions();
var_dump(array_keys($fns), $fns['user'], in_array('strlen', $fns['internal']), in_array('make_shape', $fns['internal']));
--EXPECT--
Base,,Circle,Base Circle Circle
bool(false)
get_class() without arguments must be called from within a class
Base,Circle,Suit,round
stdClass:true Exception:true Shape:false Named:false 
Shape true
array(1) {
  [0]=>
  string(5) "Named"
}
array(2) {
  [0]=>
  string(8) "internal"
  [1]=>
  string(4) "user"
}
array(1) {
  [0]=>
  string(10) "make_shape"
}
bool(true)
bool(false)
