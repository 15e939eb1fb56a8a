--TEST--
flow: do-while runs at least once, while with assignments in conditions, nested loops with shared counters
--FILE--
<?php
$i = 10;
do { echo "ran once with $i\n"; } while ($i < 5);
$n = 0;
do { $n++; } while ($n < 3);
echo $n, "\n";
$queue = [1, 2, 3];
while (($item = array_shift($queue)) !== null) { echo $item; }
echo "\n";
$s = "a,b,c";
$tok = strtok($s, ",");
while ($tok !== false) { echo "[$tok]"; $tok = strtok(","); }
echo "\n";
$x = 0;
while (true) { if (++$x > 100) break; if ($x % 10) continue; echo $x, " "; }
echo "\n";
$i = 0; $j = 0;
while ($i < 3) { $j = 0; while ($j < $i) { $j++; } echo "$i:$j "; $i++; }
echo "\n";
--EXPECT--
ran once with 10
3
123
[a][b][c]
10 20 30 40 50 60 70 80 90 100 
0:0 1:1 2:2 
