--TEST--
bi: echo with commas, print's return value and precedence, string conversion of values in echo
--FILE--
<?php
echo "a", "b", 1, 2.0, true, null, false, "\n";
$r = print "printed\n";
echo $r, "\n";
print("paren") && print(" chained\n");
echo 1 + 2 . "3", "\n";
echo "sum: " . 1 + 2, "\n";
echo -0.0, " ", 1e25, " ", 0.1 + 0.2, " ", 1/3, " ", 100000000000000000000.0, " ", 1.5e-7, "\n";
echo PHP_EOL === "\n" ? "eol ok" : "eol?", PHP_EOL;
$arr = [1];
try { echo "x" . $arr, "\n"; } catch (Error $e) { echo "never"; }
echo "done\n";
$f = 1.0;
echo "$f {$f}", "\n";
echo <<<X
  heredoc {$r}
  X . "\n";
--EXPECTF--
ab121
printed
1
 chained
133
sum: 3
-0 1.0E+25 0.3 0.33333333333333 1.0E+20 1.5E-7
eol ok

Warning: Array to string conversion in %s on line 11
xArray
done
1 1
heredoc 1
