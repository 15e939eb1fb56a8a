--TEST--
lex: simple and complex interpolation forms in double-quoted strings
--FILE--
<?php
$a = [10, 20, 'key' => 'kv', 'k' => ['j' => 'deep'], -1 => 'neg'];
$o = new stdClass;
$o->p = new stdClass;
$o->p->q = 'Q';
$o->name = 'N';
$x = 'X';
$k = 'key';
echo "1: $a[0] $a[1]\n";
echo "2: $a[key]\n";
echo "3: {$o->p->q}\n";
echo "4: ${x}\n";
echo "5: {$a['k']['j']}\n";
echo "6: $o->name\n";
echo "7: $o->name->more\n";
echo "8: $a[$k]\n";
echo "9: {$a[$k]}s\n";
echo "10: $a[-1]\n";
echo "11: $x[0]\n";
echo "12: {$x}y $xy\n";
echo "13: \$x $ x { $x}\n";
$fn = fn($v) => "<$v>";
echo "14: {$fn('call')}\n";
$arr = ['a' => ['b' => 'c']];
echo "15: $arr[a]\n";
$name = 'x';
echo "16: ${$name}\n";
echo "17: {$o->p->q}{$x}\n";
