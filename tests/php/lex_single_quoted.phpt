--TEST--
lex: single-quoted strings recognise only \' and \\
--FILE--
<?php
$cases = [
    'plain',
    'it\'s',
    'back\\slash',
    'not \n a newline',
    'not \t a tab',
    'dollar $x stays',
    'trailing \\',
    'lone \ backslash',
    '\x41 \101 \u{41}',
    'multi
line',
    '',
    '\\\\',
];
foreach ($cases as $i => $s) {
    echo $i, ": [", $s, "] ", strlen($s), "\n";
}
--EXPECT--
0: [plain] 5
1: [it's] 4
2: [back\slash] 10
3: [not \n a newline] 16
4: [not \t a tab] 12
5: [dollar $x stays] 15
6: [trailing \] 10
7: [lone \ backslash] 16
8: [\x41 \101 \u{41}] 16
9: [multi
line] 10
10: [] 0
11: [\\] 2
