--TEST--
the engine's introspection: get_defined_constants (flat and categorized, user constants last), get_loaded_extensions, get_extension_funcs, get_mangled_object_vars, forward_static_call(_array) keeping static::, gc_status, gc_mem_caches, zend_version
--FILE--
<?php
define('MY_A', 1); const MY_B = [2, 3]; namespace Foo { const BAR = 'x'; }
namespace {
$c = get_defined_constants(true);
var_dump($c['user']);
$flat = get_defined_constants();
var_dump($flat['MY_A'], $flat['Foo\BAR'], $flat['E_ALL'], $flat['PHP_INT_MAX'], isset($c['Core']['E_ALL']), isset($c['pcre']['PREG_SPLIT_NO_EMPTY']), isset($c['json']['JSON_PRETTY_PRINT']));
var_dump(in_array('Core', get_loaded_extensions()), in_array('pcre', get_loaded_extensions()), get_loaded_extensions(true));
var_dump(in_array('json_encode', get_extension_funcs('json')), get_extension_funcs('nope'));
class P { private $a = 1; protected $b = 2; public $c = 3; }
class Q extends P { private $a = 4; public function __get($n) { return 'magic'; } }
var_dump(array_map(fn($k) => str_replace("\0", '~', $k), array_keys(get_mangled_object_vars(new Q))));
var_dump(get_mangled_object_vars(new ArrayObject([1, 2])));
class A { public static function who() { return static::class; } public static function args(...$a) { return static::class . ':' . implode(',', $a); } }
class B extends A { public static function test() { return [forward_static_call(['A', 'who']), forward_static_call('A::who'), call_user_func(['A', 'who']), forward_static_call_array(['A', 'args'], [1, 2]), forward_static_call(fn() => static::class)]; } }
class C extends B {}
var_dump(C::test());
try { forward_static_call(['A', 'who']); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { forward_static_call_array('nope', []); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(array_keys(gc_status()), gc_mem_caches(), is_string(zend_version()));
}
--EXPECTF--

Fatal error: Namespace declaration statement has to be the very first statement or after any declare call in the script in %s on line 2
[exit 255: ]
