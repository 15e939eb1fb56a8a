--TEST--
$GLOBALS: element reads, writes, increments, appends, isset/unset/?? of globals from functions; a copy of the whole array
--FILE--
<?php
$x = 1;
function f() {
    $GLOBALS['x']++;
    $GLOBALS['y'] = 'new global';
    $GLOBALS['arr'][] = 5;
    var_dump(isset($GLOBALS['x']), isset($GLOBALS['nope']));
    echo $GLOBALS['nope'] ?? 'dflt', "\n";
    echo @$GLOBALS['nope2'], "|\n";
    unset($GLOBALS['z']);
    $k = 'x';
    return $GLOBALS[$k];
}
$z = 'zz';
echo f(), " ", $x, " ", $y, " ", count($arr), "\n";
var_dump(isset($z));
$g = $GLOBALS;
var_dump($g['x'], array_key_exists('y', $GLOBALS));
function h() { return array_key_exists('x', $GLOBALS) ? 'yes' : 'no'; }
echo h(), "\n";
echo $GLOBALS['undefinedOne'];
--EXPECTF--
bool(true)
bool(false)
dflt
|
2 2 new global 1
bool(false)
int(2)
bool(true)
yes

Warning: Undefined global variable $undefinedOne in %s on line 21
