--TEST--
sprintf: a precision on %x/%X/%o/%b leaves only the padding (PHP's quirk); a missing argument of a "%5%" conversion makes its '%' start another one
--FILE--
<?php
printf("[%10.4o]\n", 8);
printf("[%-10.4x]\n", 255);
printf("[%'*10.3b]\n", 5);
printf("[%10.4X]\n", 48879);
printf("[%.0x][%.1o]\n", 255, 8);
printf("[%8x][%-8X][%08o][%b]\n", 255, 255, 8, 5);
printf("[%x][%o][%b]\n", -1, -1, -2);
printf("[%5.2d][%.3s][%05.1f][%10.3e]\n", 42, "abcdef", 3.14159, 1.5);
printf("[%5%][% %]\n", 1, 2);
foreach (['%s|%5%', '%d %5% %d', '%1$s %2$5%', '%*d', '%5%'] as $f) {
    try { echo sprintf($f, 1), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { echo vsprintf($f, []), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { printf($f); echo "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
?>
--EXPECT--
[          ]
[          ]
[**********]
[          ]
[][]
[      ff][FF      ][00000010][101]
[ffffffffffffffff][1777777777777777777777][1111111111111111111111111111111111111111111111111111111111111110]
[   42][abc][003.1][  1.500e+0]
[%][%]
ArgumentCountError: 4 arguments are required, 2 given
ValueError: The arguments array must contain 3 items, 0 given
ArgumentCountError: 4 arguments are required, 1 given
ArgumentCountError: 5 arguments are required, 2 given
ValueError: The arguments array must contain 4 items, 0 given
ArgumentCountError: 5 arguments are required, 1 given
ValueError: Missing format specifier at end of string
ValueError: The arguments array must contain 2 items, 0 given
ArgumentCountError: 3 arguments are required, 1 given
ArgumentCountError: 3 arguments are required, 2 given
ValueError: The arguments array must contain 1 items, 0 given
ArgumentCountError: 2 arguments are required, 1 given
%
ValueError: The arguments array must contain 2 items, 0 given
ArgumentCountError: 3 arguments are required, 1 given
