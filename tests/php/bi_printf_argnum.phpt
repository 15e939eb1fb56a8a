--TEST--
bi: printf/sprintf/vsprintf/fprintf with positional arguments, reuse and mixing, and their return values
--FILE--
<?php
$n = printf('%2$s %1$s %2$s|', 'world', 'hello');
echo " returned $n\n";
echo sprintf('%1$s%1$s%1$s', 'ab'), "\n";
echo sprintf('%3$\'#10.3f|%1$-6d|%2$x', 42, 255, 3.14159), "\n";
echo vsprintf('%2$05d-%1$s', ['a', 7]), "\n";
echo sprintf('%s %s %1$s', 'x', 'y'), "\n";
echo sprintf('%5.2s|%-5.2s|', 'abcdef', 'abcdef'), "\n";
echo sprintf('%05s|%-05s|', 'ab', 'ab'), "\n";
echo sprintf('%+.1e|%+d|%+d', 12345.678, 0, -0), "\n";
echo sprintf('%c%c%c', 80, 72, 80), "\n";
echo sprintf('%b %o %X', 255, 255, 255), "\n";
echo sprintf("%'010.3f|%-'x10.1f|", -3.14159, 2.5), "\n";
try { vsprintf('%d %d', [1]); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
hello world hello| returned 18
ababab
#####3.142|42    |ff
00007-a
x y x
   ab|ab   |
000ab|ab000|
+1.2e+4|+0|+0
PHP
11111111 377 FF
-00003.142|2.5xxxxxxx|
ValueError: The arguments array must contain 2 items, 1 given
