--TEST--
sprintf's format language: the l modifier, h/H, padding characters and sides (integers never pad zeros on the right), positional arguments, precision, argument and format errors
--FILE--
<?php
var_dump(sprintf("%lf", 1), sprintf("%5.2lf", 1.5), sprintf("%ld", 5), sprintf("%hd", 5), sprintf("%'*10s", "x"), sprintf("%-'x10d", 5), sprintf("%+05d", 5), sprintf("%u", -1), sprintf("%c%c", 65, 66), sprintf("%e", 1234.5), sprintf("%.3e", 0.00012), sprintf("%E", 1e100), sprintf("%g", 0.00001234), sprintf("%G", 1e20), sprintf("%x %X %o %b", 255, 255, 8, 5), sprintf("%1\$s %1\$s %2\$d", "a", 3), sprintf("%%"), sprintf("%5.1f|%-8.3f|%08.2f", 3.14159, 2.5, -1.5), sprintf("%s", true), sprintf("%d", "12abc"), sprintf("%.2s", "abcdef"), sprintf("%F", 1.5));
try { sprintf("%d"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { sprintf("%0\$s", 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { sprintf("%z", 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { vsprintf("%d %d", [1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(sprintf("%'.10d|%-10s|%10.4f", 42, "left", M_PI), sprintf("%05s", "ab"), sprintf("%-05d", 12), sprintf("% d", 3));
--EXPECT--
string(8) "1.000000"
string(5) " 1.50"
string(1) "5"
string(2) "5d"
string(10) "*********x"
string(10) "5xxxxxxxxx"
string(5) "+0005"
string(20) "18446744073709551615"
string(2) "AB"
string(11) "1.234500e+3"
string(8) "1.200e-4"
string(13) "1.000000E+100"
string(8) "1.234e-5"
string(7) "1.0E+20"
string(12) "ff FF 10 101"
string(5) "a a 3"
string(1) "%"
string(23) "  3.1|2.500   |-0001.50"
string(1) "1"
string(2) "12"
string(2) "ab"
string(8) "1.500000"
2 arguments are required, 1 given
Argument number specifier must be greater than zero and less than 2147483647
Unknown format specifier "z"
The arguments array must contain 2 items, 1 given
string(32) "........42|left      |    3.1416"
string(5) "000ab"
string(5) "12   "
string(1) "3"
