--TEST--
constants: magic constants __LINE__, __FILE__, __DIR__, __FUNCTION__, __METHOD__, __CLASS__ in functions, methods, closures and traits
--FILE--
<?php
function fn_name() { return __FUNCTION__ . '|' . __METHOD__ . '|' . __CLASS__; }
class Cls { function m() { return __FUNCTION__ . '|' . __METHOD__ . '|' . __CLASS__; }
  function clo() { return (function() { return __FUNCTION__ . '|' . __METHOD__ . '|' . __CLASS__; })(); }
  static function st() { return (fn() => __METHOD__)(); } }
echo fn_name(), "\n", (new Cls)->m(), "\n", (new Cls)->clo(), "\n", Cls::st(), "\n";
echo __LINE__, "\n";
echo basename(__FILE__), " ", __DIR__ === dirname(__FILE__) ? 'dir ok' : 'dir bad', "\n";
var_dump(__FUNCTION__, __METHOD__, __CLASS__, __TRAIT__, __NAMESPACE__);
echo
  __LINE__, "\n";
$f = function() { return __FUNCTION__; }; echo $f(), "\n";
echo (new class { function m() { return str_contains(__CLASS__, 'class@anonymous') ? 'anon' : __CLASS__; } })->m(), "\n";
--EXPECT--
fn_name|fn_name|
m|Cls::m|Cls
{closure}|{closure}|Cls
{closure}
7
const_magic.php dir ok
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(0) ""
11
{closure}
anon
