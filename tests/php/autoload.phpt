--TEST--
spl_autoload_register: classes, parents, interfaces and traits loaded on demand; class_exists autoloads; exceptions from an autoloader
--FILE--
<?php
spl_autoload_register(function ($c) {
    echo "autoload($c)\n";
    if ($c === 'Base') { eval('class Base { function hi() { return "hi from Base"; } }'); }
    if ($c === 'Child') { eval('class Child extends Base implements Iface {}'); }
    if ($c === 'Iface') { eval('interface Iface {}'); }
    if ($c === 'Tr') { eval('trait Tr { function tr() { return "trait"; } }'); }
    if ($c === 'Boom') { throw new Exception("cannot load $c"); }
});
$c = new Child;
echo $c->hi(), "\n";
var_dump($c instanceof Iface, class_exists('Nope'), class_exists('Nope2', false), interface_exists('Iface'));
class UsesTr { use Tr; }
echo (new UsesTr)->tr(), "\n";
try { new Boom; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { Missing::f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($c instanceof NotLoaded);
echo count(spl_autoload_functions()), "\n";
$name = 'Base'; echo (new $name)->hi(), "\n";
--EXPECT--
autoload(Child)
autoload(Base)
autoload(Iface)
hi from Base
autoload(Nope)
bool(true)
bool(false)
bool(false)
bool(true)
autoload(Tr)
trait
autoload(Boom)
cannot load Boom
autoload(Missing)
Class "Missing" not found
bool(false)
1
hi from Base
