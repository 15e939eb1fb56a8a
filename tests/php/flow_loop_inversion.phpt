--TEST--
loops tested at the bottom: for/while/do-while conditions of every comparison and operand kind, break/continue N, continue in do-while and for, finally inside loops, warnings and exceptions raised in loop conditions with their lines, list() in nested loops, foreach by reference
--FILE--
<?php
function shapes($n) {
    $out = [];
    for ($i = 0; $i < $n; $i++) $out[] = $i;
    for ($i = $n; $i > 0; $i -= 2) $out[] = $i;
    for ($i = 0; $i <= $n; $i += 3) $out[] = $i;
    for ($i = 10, $j = 0; $i >= $j; $i--, $j++) $out[] = "$i/$j";
    for ($i = 0; $i != 4; $i++) $out[] = -$i;
    for ($i = 1; $i == 1; $i++) $out[] = 'once';
    for ($i = 0; $i < 0; $i++) $out[] = 'never';
    for ($i = 0, $k = 0; $k++, $i < 2; $i++) $out[] = "k$k";
    $x = 0.5;
    while ($x < 4) $x *= 2;
    $out[] = $x;
    $i = 0;
    while ($i < 10 && $i * $i < 30) $i++;
    $out[] = $i;
    $i = 0;
    while ($i < 3 || $i == 7) { $i++; if ($i == 3) $i = 7; elseif ($i == 8) break; }
    $out[] = $i;
    $s = 'a';
    while ($s < 'aaaa') $s .= 'a';
    $out[] = $s;
    $i = 0;
    while (true) { if (++$i > 4) break; }
    $out[] = $i;
    for (;;) { if (--$i < 2) break; }
    $out[] = $i;
    $i = 0;
    do { $i++; if ($i % 2) continue; $out[] = "d$i"; } while ($i < 6);
    $i = 5;
    do { $out[] = "once$i"; } while ($i < 0);
    $a = [3, 1, 2];
    $i = 0;
    while (isset($a[$i])) $out[] = $a[$i++];
    $i = 10;
    while (--$i) if ($i == 7) break;
    $out[] = $i;
    $f = 0.0;
    for ($i = 0; $i < 2.5; $i++) $f += $i;
    $out[] = $f;
    return implode(' ', $out);
}
echo shapes(5), "\n";

function levels() {
    $out = '';
    for ($i = 0; $i < 3; $i++) {
        for ($j = 0; $j < 3; $j++) {
            $k = 0;
            while ($k < 3) {
                $k++;
                if ($k == 2) continue;
                if ($j == 1) continue 2;
                if ($i == 1 && $j == 2) continue 3;
                if ($i == 2 && $j == 2) break 3;
                $out .= "$i$j$k ";
            }
        }
    }
    $i = 0;
    do {
        $j = 0;
        do {
            $j++;
            if ($j == 2) continue 2;
            $out .= "<$i$j>";
        } while ($j < 3);
    } while (++$i < 3);
    return $out;
}
echo levels(), "\n";

function fin() {
    $out = [];
    for ($i = 0; $i < 4; $i++) {
        try {
            if ($i == 1) continue;
            if ($i == 3) break;
            $out[] = "t$i";
        } finally {
            $out[] = "f$i";
        }
    }
    $i = 0;
    while ($i < 3) {
        try {
            try { $i++; if ($i == 2) continue; $out[] = "w$i"; }
            finally { $out[] = "in$i"; }
        } finally { $out[] = "out$i"; }
    }
    return implode(' ', $out);
}
echo fin(), "\n";

function cond_warnings() {
    $n = 2;
    for ($i = 0;
         $i < $undefined1;
         $i++) echo "no\n";
    $i = 0;
    while ($i < $undefined2)
        $i++;
    do { $i++; } while ($i < $undefined3);
    $a = [1, 2];
    for ($i = 0; $i < $a[5]; $i++) echo "no\n";
    while ($a[$i] ?? false) $i++;
    for ($i = 0; $i < $n + $undefined4; $i++) echo "no\n";
    for ($i = 0; $i < [] ; $i++) { if ($i > 1) break; echo "arr $i\n"; }
    echo "end\n";
}
cond_warnings();

function thrower($i) { if ($i == 2) throw new RuntimeException("at $i"); return 5; }
function cond_throws() {
    try {
        for ($i = 0; $i < thrower($i); $i++) echo "body $i\n";
    } catch (RuntimeException $e) {
        echo get_class($e), ' ', $e->getMessage(), ' line ', $e->getLine(), "\n";
    }
    try {
        $i = 0;
        do { $i++; } while ($i <=> intdiv(1, 2 - $i) + 5);
    } catch (DivisionByZeroError $e) {
        echo $e->getMessage(), ' line ', $e->getLine(), "\n";
    }
}
cond_throws();

function lists() {
    $pairs = [[1, [2, 3]], [4, [5, 6]]];
    $out = [];
    for ($i = 0; $i < count($pairs); $i++) {
        [$a, [$b, $c]] = $pairs[$i];
        foreach ([[7, 8], [9, 10]] as [$x, $y]) {
            $j = 0;
            while ($j < 2) { list($p, $q) = [$a + $j, $x + $y]; $out[] = "$p:$q:$b$c"; $j++; }
        }
    }
    return implode(' ', $out);
}
echo lists(), "\n";

function refs() {
    $a = [1, 2, 3, 4];
    foreach ($a as &$v) {
        $k = 0;
        while ($k < 2) { $v *= 2; $k++; }
    }
    unset($v);
    $b = [[1, 2], [3, 4]];
    foreach ($b as &$row) for ($i = 0; $i < count($row); $i++) $row[$i] += 10;
    unset($row);
    $m = 0;
    $r = &$m;
    for ($r = 0; $m < 5; $r += 2);
    return implode(',', $a) . ' ' . json_encode($b) . " $m";
}
echo refs(), "\n";

function gen($n) { for ($i = 0; $i < $n; $i++) { try { yield $i; } finally { echo "g$i "; } } }
foreach (gen(3) as $v) echo "v$v ";
echo "\n";
--EXPECTF--
0 1 2 3 4 5 3 1 0 3 10/0 9/1 8/2 7/3 6/4 5/5 0 -1 -2 -3 once k1 k2 4 6 8 aaaa 5 1 d2 d4 d6 once5 3 1 2 7 3
001 003 021 023 101 103 201 203 <01><11><21>
t0 f0 f1 t2 f2 f3 w1 in1 out1 in2 out2 w3 in3 out3

Warning: Undefined variable $undefined1 in %s on line 99

Warning: Undefined variable $undefined2 in %s on line 102

Warning: Undefined variable $undefined3 in %s on line 104

Warning: Undefined array key 5 in %s on line 106

Warning: Undefined variable $undefined4 in %s on line 108
no

Warning: Undefined variable $undefined4 in %s on line 108
no

Warning: Undefined variable $undefined4 in %s on line 108
arr 0
arr 1
end
body 0
body 1
RuntimeException at 2 line 114
Division by zero line 123
1:15:23 2:15:23 1:19:23 2:19:23 4:15:56 5:15:56 4:19:56 5:19:56
4,8,12,16 [[11,12],[13,14]] 6
v0 g0 v1 g1 v2 g2 
