--TEST--
func_get_args/func_num_args/func_get_arg, get_called_class, class_implements, class_uses, get_class_methods, trait_exists
--FILE--
<?php
function va() { return func_get_args(); }
function vb($a, $b = 2) { $a = 'changed'; return [func_num_args(), func_get_args(), func_get_arg(0)]; }
function vc(...$rest) { return func_get_args(); }
print_r(va(1, 'two', [3]));
print_r(vb(1));
print_r(vb(1, 5, 6, 7));
print_r(vc('x', 'y'));
class K {
    public static function who() { return get_called_class(); }
    public function m() { return func_num_args(); }
}
class L extends K {}
echo K::who(), " ", L::who(), " ", (new L)->m(1, 2, 3), "\n";
$f = function () { return func_get_args(); };
print_r($f('c1', 'c2'));
try { func_get_arg(5); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function vd($x) { return func_get_arg(3); }
try { vd(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
interface I1 {} interface I2 extends I1 {}
trait TT {}
class M implements I2 { use TT; public function pub() {} protected function prot() {} private function priv() {} public static function st() {} }
print_r(class_implements(new M)); print_r(class_uses('M')); print_r(get_class_methods('M'));
var_dump(trait_exists('TT'), trait_exists('M'), enum_exists('M'));
--EXPECT--
Array
(
    [0] => 1
    [1] => two
    [2] => Array
        (
            [0] => 3
        )

)
Array
(
    [0] => 1
    [1] => Array
        (
            [0] => changed
        )

    [2] => changed
)
Array
(
    [0] => 4
    [1] => Array
        (
            [0] => changed
            [1] => 5
            [2] => 6
            [3] => 7
        )

    [2] => changed
)
Array
(
    [0] => x
    [1] => y
)
K L 3
Array
(
    [0] => c1
    [1] => c2
)
Error: func_get_arg() cannot be called from the global scope
ValueError: func_get_arg(): Argument #1 ($position) must be less than the number of the arguments passed to the currently executed function
Array
(
    [I2] => I2
    [I1] => I1
)
Array
(
    [TT] => TT
)
Array
(
    [0] => pub
    [1] => st
)
bool(true)
bool(false)
bool(false)
