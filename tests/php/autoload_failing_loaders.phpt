--TEST--
autoloaders that find nothing: class_exists, interface_exists from array_map, new with a failing autoloader
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown: ", class_exists('Later', false) ? 'y' : 'n', "\n"; });
class D { function __destruct() { echo "destructed\n"; } }
$d = new D;
$mode = 3;
spl_autoload_register(function ($c) use ($mode) {
    echo "autoload $c\n";
    if ($mode == 0) exit(7);
    if ($mode == 1) eval('class Broken { function f($a) { return $a{0}; } }');
    if ($mode == 2) { function_does_not_exist(); }
});
function probe($mode) {
    switch ($mode) {
        case 0: var_dump(class_exists('Foo')); break;
        case 1: var_dump(is_subclass_of('Foo', 'Bar')); break;
        case 2: try { new Foo; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } break;
        case 3: var_dump(array_map(fn($c) => interface_exists($c), ['I1', 'I2'])); break;
    }
    echo "after probe\n";
}
probe($mode);
echo "end\n";
--EXPECT--
autoload I1
autoload I2
array(2) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
}
after probe
end
shutdown: n
destructed
