--TEST--
flow: break N and continue N across nested for/foreach/while/do-while
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
}
echo "\n";
$k = 0;
while (true) {
    $k++;
    do {
        foreach ([1, 2, 3] as $v) {
            if ($v == 2 && $k < 3) continue 3;
            if ($k >= 3) break 3;
            echo "never";
        }
    } while (false);
}
echo "k=$k\n";
$out = '';
foreach (['a', 'b', 'c'] as $x) {
    foreach (['1', '2'] as $y) {
        if ($y == '2') continue 2;
        $out .= "$x$y ";
    }
}
echo $out, "\n";
$n = 0;
do { $n++; if ($n < 5) continue; break; } while (true);
echo "n=$n\n";
for ($a = 0, $b = 10; $a < $b; $a += 3, $b -= 3) echo "$a-$b ";
echo "\n";
for (;;) { break; }
$i = 0;
while ($i++ < 5): if ($i % 2) continue; echo $i; endwhile;
echo "\n";
--EXPECT--
00 10 
neverneverk=3
a1 b1 c1 
n=5
0-10 3-7 
24
