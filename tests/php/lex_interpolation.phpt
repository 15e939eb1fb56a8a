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
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 12

Deprecated: Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead in %s on line 27
1: 10 20
2: kv
3: Q
4: X
5: deep
6: N
7: N->more
8: kv
9: kvs
10: neg
11: X

Warning: Undefined variable $xy in %s on line 20
12: Xy 
13: $x $ x { X}
14: <call>

Warning: Array to string conversion in %s on line 25
15: Array
16: X
17: QX
