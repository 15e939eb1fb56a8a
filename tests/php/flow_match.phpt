--TEST--
flow: match is strict, evaluates arms lazily, multiple conditions, no match raises UnhandledMatchError
--FILE--
<?php
function m($v) {
    return match ($v) {
        1, 2 => 'one or two',
        '1' => 'string one',
        true => 'true',
        null => 'null',
        1.5 => 'float',
        default => 'default:' . gettype($v),
    };
}
foreach ([1, 2, '1', true, null, 1.5, '2', 3.0, false] as $v) echo json_encode($v), ' => ', m($v), "\n";
$x = 7;
echo match (true) { $x < 5 => 'small', $x < 10 => 'medium', default => 'large' }, "\n";
function side($s) { echo "[eval $s]"; return $s; }
echo match ('b') { side('a') => 'A', side('b') => 'B', side('c') => 'C' }, "\n";
foreach ([5, 'str', 1.5, [1], new stdClass, null, false, str_repeat('x', 30)] as $v) {
    try { echo match ($v) { 0 => 'zero' }, "\n"; }
    catch (\UnhandledMatchError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$r = match (3) { 1 => 'a', default => 'd', 3 => 'c' };
echo $r, "\n";
try { echo match (1) { 1 => throw new LogicException('thrown in arm') }; } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1 => one or two
2 => one or two
"1" => string one
true => true
null => null
1.5 => float
"2" => default:string
3 => default:double
false => default:boolean
medium
[eval a][eval b]B
UnhandledMatchError: Unhandled match case 5
UnhandledMatchError: Unhandled match case 'str'
UnhandledMatchError: Unhandled match case 1.5
UnhandledMatchError: Unhandled match case of type array
UnhandledMatchError: Unhandled match case of type stdClass
UnhandledMatchError: Unhandled match case NULL
UnhandledMatchError: Unhandled match case false
UnhandledMatchError: Unhandled match case 'xxxxxxxxxxxxxxx...'
c
thrown in arm
