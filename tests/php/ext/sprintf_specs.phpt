--TEST--
sprintf/printf/vsprintf: `*` width and precision (also with argument numbers), the float precision cap, %+g, "% %", the highest missing argument in the count error, and the spec errors
--FILE--
<?php
printf("[%.*f] [%*d] [%-*s|]\n", 3, 3.14159, 6, 42, 5, "ab");
printf("[%2\$.*1\$f] [%3\$*1\$s]\n", 4, 2.5, "x");
printf("[%.*g] [%.*G]\n", -1, 0.1, 3, 1234567.0);
printf("[%+g] [%+G] [%+e] [%+d] [%+f]\n", 123456.0, -1.5e-7, 12.5, 7, 0.5);
printf("[%.60f]\n", 1.0 / 3);
printf("[%.100e]\n", 12345.678);
echo sprintf("%5c|%-5c|", 65, 66), "\n";
echo sprintf("% %%d", 1, 2), "\n";
echo sprintf("%'*10s|%'x-8d|%05.1f|%-06d|", "pad", 42, -2.25, -3), "\n";
echo vsprintf("%2\$s %1\$s %2\$s", ["a", "b"]), "\n";
foreach ([
    fn() => sprintf("%s %s %s %s", 1, 2),
    fn() => sprintf("%5\$s %s", 1),
    fn() => vsprintf("%s %s %3\$s", [1]),
    fn() => sprintf("%.*f", "3", 1.0),
    fn() => sprintf("%.*f", -2, 1.0),
    fn() => sprintf("%.*f", -1, 1.0),
    fn() => sprintf("%*d", -5, 1),
    fn() => sprintf("abc%"),
    fn() => sprintf("%'"),
    fn() => sprintf("%0\$s", 1),
    fn() => sprintf("%y", 1),
] as $f) {
    try {
        var_dump($f());
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECTF--
[3.142] [    42] [ab   |]
[2.5000] [   x]
[0.1] [1.23E+6]
[+123456] [-1.5E-7] [+1.250000e+1] [+7] [+0.500000]

Notice: printf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits in %s on line 6
[0.33333333333333331482961625624739099293947219848632812]

Notice: printf(): Requested precision of 100 digits was truncated to PHP maximum of 53 digits in %s on line 7
[1.23456779999999998835846781730651855468750000000000000e+4]
A|B|
%2
*******pad|42xxxxxx|-02.2|-3    |
b a b
ArgumentCountError: 5 arguments are required, 3 given
ArgumentCountError: 6 arguments are required, 2 given
ValueError: The arguments array must contain 3 items, 1 given
ValueError: Precision must be an integer
ValueError: Precision must be between -1 and 2147483647
ValueError: Precision -1 is only supported for %g, %G, %h and %H
ValueError: Width must be greater than zero and less than 2147483647
ArgumentCountError: 2 arguments are required, 1 given
ValueError: Missing padding character
ValueError: Argument number specifier must be greater than zero and less than 2147483647
ValueError: Unknown format specifier "y"
