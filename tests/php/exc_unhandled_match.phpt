--TEST--
exceptions: UnhandledMatchError messages for various subject types
--FILE--
<?php
foreach ([5, 'str', 1.5, true, null, [1], new stdClass, str_repeat('x', 30)] as $v) {
  try { echo match($v) { 'never' => 1 }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; } }
echo match(true) { default => 'default hit' }, "\n";
$x = 3; echo match(true) { $x < 2 => 'small', $x < 5 => 'medium', default => 'large' }, "\n";
--EXPECT--
Unhandled match case 5
Unhandled match case 'str'
Unhandled match case 1.5
Unhandled match case true
Unhandled match case NULL
Unhandled match case of type array
Unhandled match case of type stdClass
Unhandled match case 'xxxxxxxxxxxxxxx...'
default hit
medium
