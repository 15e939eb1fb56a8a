--TEST--
autoload: which operations trigger the autoloader: new, static call, constants, instanceof (not), is_a, extends, type hints (not)
--FILE--
<?php
spl_autoload_register(function ($c) { echo "autoload($c)\n"; if ($c === 'Base') eval('class Base { const K = 1; static function s() { return "s"; } }'); if ($c === 'Derived') eval('class Derived extends Base2 {}'); if ($c === 'Base2') eval('class Base2 {}'); });
$x = new stdClass;
var_dump($x instanceof NotLoaded);
function hint(?NotLoadedHint $x = null) { return 'hint ok'; } echo hint(), "\n";
echo Base::K, " ", Base::s(), "\n";
new Derived;
var_dump(is_a($x, 'IsACheck'), is_a('Str', 'IsAStr', true), is_subclass_of('SubCheck', 'Base'));
var_dump(method_exists('MethodCheck', 'm'), defined('ConstCheck::X'));
try { UnknownCls::f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(class_exists('base'), Base::class, NotEvenLoaded::class);
--EXPECT--
bool(false)
hint ok
autoload(Base)
1 s
autoload(Derived)
autoload(Base2)
autoload(Str)
autoload(SubCheck)
bool(false)
bool(false)
bool(false)
autoload(MethodCheck)
autoload(ConstCheck)
bool(false)
bool(false)
autoload(UnknownCls)
Class "UnknownCls" not found
bool(true)
string(4) "Base"
string(13) "NotEvenLoaded"
