--TEST--
preg_replace_callback(_array): every kind of invalid callback gets PHP's TypeError
--FILE--
<?php
foreach (['nope', [1, 2], 'strlen', fn($m) => 'x', ['Foo', 'bar'], 5] as $cb) {
  try { echo preg_replace_callback('/a/', $cb, 'banana'), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
  try { echo preg_replace_callback_array(['/a/' => $cb], 'banana'), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, first array member is not a valid class name or object
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
strlen(): Argument #1 ($string) must be of type string, array given
strlen(): Argument #1 ($string) must be of type string, array given
bxnxnx
bxnxnx
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, class "Foo" not found
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, no array or string given
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
