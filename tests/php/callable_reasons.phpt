--TEST--
invalid callbacks: the reason in each TypeError (array shapes, members, class names split at the last "::") for array_map, usort, preg_replace_callback(_array), call_user_func and is_callable
--FILE--
<?php
foreach (['[1,2]', '[1]', "['a','b','c']", '[new stdClass]', '[new stdClass, 5]', "['stdClass', 5]", "['nope','x']", "'a::b::c'", "[1 => 'x', 2 => 'y']", "['stdClass', 'nope']", "[new ArrayObject, 'nope']", "'nope'", '5', 'null'] as $c) {
  foreach (['array_map(%s, [1])', 'usort($a, %s)', "preg_replace_callback('/a/', %s, 'a')", "preg_replace_callback_array(['/a/' => %s], 'a')", 'call_user_func(%s)', 'is_callable(%s, false, $n) ? 1 : $n'] as $tpl) {
    $a = [2, 1];
    try { $r = eval('return ' . sprintf($tpl, $c) . ';'); echo is_scalar($r) ? $r : gettype($r), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
  }
}
--EXPECT--
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, first array member is not a valid class name or object
TypeError: usort(): Argument #2 ($callback) must be a valid callback, first array member is not a valid class name or object
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, first array member is not a valid class name or object
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, first array member is not a valid class name or object
Array
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, array callback must have exactly two members
TypeError: usort(): Argument #2 ($callback) must be a valid callback, array callback must have exactly two members
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, array callback must have exactly two members
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, array callback must have exactly two members
Array
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, array callback must have exactly two members
TypeError: usort(): Argument #2 ($callback) must be a valid callback, array callback must have exactly two members
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, array callback must have exactly two members
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, array callback must have exactly two members
Array
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, array callback must have exactly two members
TypeError: usort(): Argument #2 ($callback) must be a valid callback, array callback must have exactly two members
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, array callback must have exactly two members
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, array callback must have exactly two members
Array
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, second array member is not a valid method
TypeError: usort(): Argument #2 ($callback) must be a valid callback, second array member is not a valid method
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, second array member is not a valid method
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, second array member is not a valid method
Array
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, second array member is not a valid method
TypeError: usort(): Argument #2 ($callback) must be a valid callback, second array member is not a valid method
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, second array member is not a valid method
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, second array member is not a valid method
Array
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, class "nope" not found
TypeError: usort(): Argument #2 ($callback) must be a valid callback, class "nope" not found
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, class "nope" not found
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class "nope" not found
nope::x
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, class "a::b" not found
TypeError: usort(): Argument #2 ($callback) must be a valid callback, class "a::b" not found
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, class "a::b" not found
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class "a::b" not found
a::b::c
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, array callback has to contain indices 0 and 1
TypeError: usort(): Argument #2 ($callback) must be a valid callback, array callback has to contain indices 0 and 1
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, array callback has to contain indices 0 and 1
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, array callback has to contain indices 0 and 1
Array
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, class stdClass does not have a method "nope"
TypeError: usort(): Argument #2 ($callback) must be a valid callback, class stdClass does not have a method "nope"
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, class stdClass does not have a method "nope"
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class stdClass does not have a method "nope"
stdClass::nope
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, class ArrayObject does not have a method "nope"
TypeError: usort(): Argument #2 ($callback) must be a valid callback, class ArrayObject does not have a method "nope"
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, class ArrayObject does not have a method "nope"
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class ArrayObject does not have a method "nope"
ArrayObject::nope
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
TypeError: usort(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, function "nope" not found or invalid function name
nope
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, no array or string given
TypeError: usort(): Argument #2 ($callback) must be a valid callback, no array or string given
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, no array or string given
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, no array or string given
5
array
TypeError: usort(): Argument #2 ($callback) must be a valid callback, no array or string given
TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, no array or string given
TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, no array or string given

