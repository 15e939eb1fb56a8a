--TEST--
ctype_* on strings of every byte, integers as character codes, deprecated non-string arguments
--INI--
extension=ctype
--FILE--
<?php
$fns = ['ctype_alnum', 'ctype_alpha', 'ctype_cntrl', 'ctype_digit', 'ctype_graph', 'ctype_lower',
        'ctype_print', 'ctype_punct', 'ctype_space', 'ctype_upper', 'ctype_xdigit'];
foreach ($fns as $f) {
    $set = '';
    for ($c = 0; $c < 256; $c++) {
        if ($f(chr($c))) $set .= dechex($c) . ' ';
    }
    echo $f, ': ', $set, "\n";
    var_dump($f(''), $f('abc123'), $f('ABCdef'), $f(" \t\n"), $f('!?#'), $f("a\0"));
}
foreach ([65, 48, 32, -1, -128, 255, 256, 1000, -129, -1000, null, true, 1.5, []] as $v) {
    foreach (['ctype_digit', 'ctype_alpha', 'ctype_punct', 'ctype_graph'] as $f) {
        echo $f, '(', var_export($v, true), ') = ', var_export($f($v), true), "\n";
    }
}
var_dump(extension_loaded('ctype'), extension_loaded('JSON'), extension_loaded('pcre'), extension_loaded('spl'), extension_loaded('hash'), extension_loaded('Core'), extension_loaded('standard'), extension_loaded('nope'));
--EXPECTF--
ctype_alnum: 30 31 32 33 34 35 36 37 38 39 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
ctype_alpha: 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
ctype_cntrl: 0 1 2 3 4 5 6 7 8 9 a b c d e f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 7f 
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
ctype_digit: 30 31 32 33 34 35 36 37 38 39 
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
ctype_graph: 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37 38 39 3a 3b 3c 3d 3e 3f 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 5b 5c 5d 5e 5f 60 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 7b 7c 7d 7e 
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
ctype_lower: 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
ctype_print: 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37 38 39 3a 3b 3c 3d 3e 3f 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 5b 5c 5d 5e 5f 60 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 7b 7c 7d 7e 
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
ctype_punct: 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 3a 3b 3c 3d 3e 3f 40 5b 5c 5d 5e 5f 60 7b 7c 7d 7e 
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
ctype_space: 9 a b c d 20 
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
ctype_upper: 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
ctype_xdigit: 30 31 32 33 34 35 36 37 38 39 41 42 43 44 45 46 61 62 63 64 65 66 
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
ctype_digit(65) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_alpha(65) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_punct(65) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(65) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_digit(48) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_alpha(48) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(48) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(48) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_digit(32) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_alpha(32) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(32) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(32) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_digit(-1) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_alpha(-1) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(-1) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(-1) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_digit(-128) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_alpha(-128) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(-128) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(-128) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_digit(255) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_alpha(255) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(255) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(255) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_digit(256) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_alpha(256) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(256) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(256) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_digit(1000) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_alpha(1000) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(1000) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(1000) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_digit(-129) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_alpha(-129) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(-129) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(-129) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_digit(-1000) = 
Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_alpha(-1000) = 
Deprecated: ctype_alpha(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_punct(-1000) = 
Deprecated: ctype_punct(): Argument of type int will be interpreted as string in the future in %s on line 14
false
ctype_graph(-1000) = 
Deprecated: ctype_graph(): Argument of type int will be interpreted as string in the future in %s on line 14
true
ctype_digit(NULL) = 
Deprecated: ctype_digit(): Argument of type null will be interpreted as string in the future in %s on line 14
false
ctype_alpha(NULL) = 
Deprecated: ctype_alpha(): Argument of type null will be interpreted as string in the future in %s on line 14
false
ctype_punct(NULL) = 
Deprecated: ctype_punct(): Argument of type null will be interpreted as string in the future in %s on line 14
false
ctype_graph(NULL) = 
Deprecated: ctype_graph(): Argument of type null will be interpreted as string in the future in %s on line 14
false
ctype_digit(true) = 
Deprecated: ctype_digit(): Argument of type bool will be interpreted as string in the future in %s on line 14
false
ctype_alpha(true) = 
Deprecated: ctype_alpha(): Argument of type bool will be interpreted as string in the future in %s on line 14
false
ctype_punct(true) = 
Deprecated: ctype_punct(): Argument of type bool will be interpreted as string in the future in %s on line 14
false
ctype_graph(true) = 
Deprecated: ctype_graph(): Argument of type bool will be interpreted as string in the future in %s on line 14
false
ctype_digit(1.5) = 
Deprecated: ctype_digit(): Argument of type float will be interpreted as string in the future in %s on line 14
false
ctype_alpha(1.5) = 
Deprecated: ctype_alpha(): Argument of type float will be interpreted as string in the future in %s on line 14
false
ctype_punct(1.5) = 
Deprecated: ctype_punct(): Argument of type float will be interpreted as string in the future in %s on line 14
false
ctype_graph(1.5) = 
Deprecated: ctype_graph(): Argument of type float will be interpreted as string in the future in %s on line 14
false
ctype_digit(array (
)) = 
Deprecated: ctype_digit(): Argument of type array will be interpreted as string in the future in %s on line 14
false
ctype_alpha(array (
)) = 
Deprecated: ctype_alpha(): Argument of type array will be interpreted as string in the future in %s on line 14
false
ctype_punct(array (
)) = 
Deprecated: ctype_punct(): Argument of type array will be interpreted as string in the future in %s on line 14
false
ctype_graph(array (
)) = 
Deprecated: ctype_graph(): Argument of type array will be interpreted as string in the future in %s on line 14
false
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
