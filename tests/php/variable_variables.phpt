--TEST--
variable variables ($$name, ${expr}) in the main script and functions, dynamic property names, compact, extract, get_defined_vars, @
--FILE--
<?php
$name = 'foo';
$$name = 'bar';
echo $foo, "\n";
${'a' . 'b'} = 5;
echo $ab, " ", ${'ab'}, "\n";
$$name .= '!';
echo $foo, "\n";
${'cnt'} = 1; $c = 'cnt'; $$c++; ++$$c; echo $cnt, "\n";
$arr = 'list'; $$arr[] = 1; ${$arr}[] = 2; ${$arr}['k'] = 3; print_r($list);
var_dump(isset($$name), isset(${'nope'}));
unset($$name);
var_dump(isset($foo));
echo @$$name, "|\n";
function f() {
    $v = 'local';
    $$v = 'in function';
    ${'dyn' . 1} = 'only dynamic';
    $n = 'dyn1';
    echo $local, " ", $$n, "\n";
    $r = &$$v;
    $r = 'changed';
    echo $local, "\n";
    print_r(get_defined_vars());
    return compact('local', 'v');
}
print_r(f());
class P { public $prop = 'pv'; function m() { $t = 'this'; return $$t->prop; } }
echo (new P)->m(), "\n";
$obj = new P; $pn = 'prop';
echo $obj->$pn, " ", $obj->{'pr' . 'op'}, "\n";
$obj->$pn = 'new'; echo $obj->prop, "\n";
$m = 'm'; echo $obj->$m(), "\n";
$cls = 'P'; $o2 = new $cls; echo get_class($o2), "\n";
extract(['ex1' => 'one', 'ex2' => 'two']);
echo $ex1, $ex2, "\n";
$i = 0; $x0 = 'zero'; echo ${'x' . $i}, "\n";
echo $undefinedDyn ?? 'default', "\n";
$nm = 'undefinedVar'; echo $$nm ?? 'dflt', "\n";
echo $$nm;
echo "end\n";
--EXPECTF--
bar
5 5
bar!
3
Array
(
    [0] => 1
    [1] => 2
    [k] => 3
)
bool(true)
bool(false)
bool(false)
|
in function only dynamic
changed
Array
(
    [v] => local
    [dyn1] => only dynamic
    [n] => dyn1
    [local] => changed
    [r] => changed
)
Array
(
    [local] => changed
    [v] => local
)
pv
pv pv
new
new
P
onetwo
zero
default
dflt

Warning: Undefined variable $undefinedVar in %s on line 40
end
