--TEST--
autoload: spl_autoload_register order, prepend, first loader that defines the class wins, unregister and functions list
--FILE--
<?php
spl_autoload_register(function ($c) { echo "loader1($c)\n"; if ($c === 'One') { eval('class One {}'); } });
spl_autoload_register($second = function ($c) { echo "loader2($c)\n"; if (str_starts_with($c, 'T')) eval("class $c {}"); });
spl_autoload_register(function ($c) { echo "prepended($c)\n"; }, true, true);
new One; new Two; new One;
var_dump(class_exists('Three'), class_exists('Four', false), class_exists('Nope'));
var_dump(count(spl_autoload_functions()));
spl_autoload_unregister($second);
var_dump(count(spl_autoload_functions()), class_exists('Tfive'));
interface_exists('IFace'); trait_exists('TTrait', false); enum_exists('EEnum');
try { new Missing; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
prepended(One)
loader1(One)
prepended(Two)
loader1(Two)
loader2(Two)
prepended(Three)
loader1(Three)
loader2(Three)
prepended(Nope)
loader1(Nope)
loader2(Nope)
bool(true)
bool(false)
bool(false)
int(3)
prepended(Tfive)
loader1(Tfive)
int(2)
bool(false)
prepended(IFace)
loader1(IFace)
prepended(EEnum)
loader1(EEnum)
prepended(Missing)
loader1(Missing)
Class "Missing" not found
