--TEST--
namespaces: use for classes, functions and constants with aliases, group use, and conflicts with local names
--FILE--
<?php
namespace Lib\Util {
  const LIMIT = 10; function fmt($x) { return "<$x>"; } class Str { static function up($s) { return strtoupper($s); } } class Other {} }
namespace Main {
  use Lib\Util\Str; use Lib\Util\Str as S; use Lib\Util\{Other, Other as O2};
  use function Lib\Util\fmt; use function Lib\Util\fmt as f2; use const Lib\Util\LIMIT; use const Lib\Util\LIMIT as L2;
  echo Str::up('a'), S::up('b'), " ", fmt(1), f2(2), " ", LIMIT, L2, "\n";
  var_dump(Str::class, S::class, O2::class, get_class(new Other));
  var_dump(\Lib\Util\fmt('abs'));
  $n = 'Lib\Util\fmt'; var_dump($n('dyn'));
}
--EXPECT--
AB <1><2> 1010
string(12) "Lib\Util\Str"
string(12) "Lib\Util\Str"
string(14) "Lib\Util\Other"
string(14) "Lib\Util\Other"
string(5) "<abs>"
string(5) "<dyn>"
