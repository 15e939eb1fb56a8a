--TEST--
flow: ternary, short ternary, null coalescing (also on undefined/nested), and their associativity
--FILE--
<?php
$a = null; $b = 0; $c = 'c';
echo $a ?: 'short-null', " ", $b ?: 'short-zero', " ", $c ?: 'never', "\n";
echo $a ?? 'coalesce-null', " ", $b ?? 'never', " ", $undef ?? 'undef', " ", $arr['x']['y'] ?? 'nested', "\n";
echo $a ?? $undef ?? $c, "\n";
echo ($b ? 'yes' : ($c ? 'c-yes' : 'no')), "\n";
echo $b ?: $a ?: 'chain', "\n";
$o = null;
echo $o?->prop ?? 'nullsafe', "\n";
echo true ? 'a' : 'b', "\n";
$v = ['k' => false];
echo var_export($v['k'] ?? 'default', true), "\n";
echo var_export(isset($v['k']) ? 'set' : 'unset', true), "\n";
$counter = 0;
function inc() { global $counter; return ++$counter; }
$r = inc() ?: 'x';
$r2 = null ?? inc();
echo "$r $r2 $counter\n";
$s = 'str';
echo $s[10] ?? 'offset missing', "\n";
--EXPECT--
short-null short-zero c
coalesce-null 0 undef nested
c
c-yes
chain
nullsafe
a
false
'set'
1 2 2
offset missing
