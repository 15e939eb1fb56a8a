--TEST--
namespaces: __NAMESPACE__, ::class resolution, namespace-relative names, namespace\ keyword and fully qualified calls
--FILE--
<?php
namespace App\Models;
const VERSION = '1.0';
function helper() { return __FUNCTION__; }
class User { function who() { return [__CLASS__, __METHOD__, static::class, __NAMESPACE__]; } }
echo __NAMESPACE__, "\n", User::class, "\n", \App\Models\User::class, "\n", namespace\User::class, "\n";
print_r((new User)->who());
echo helper(), " ", namespace\helper(), " ", \App\Models\helper(), "\n";
echo VERSION, " ", \App\Models\VERSION, " ", namespace\VERSION, "\n";
echo \strlen('abc'), " ", strtoupper('fallback'), " ", PHP_EOL === "\n" ? 'eol' : 'no', "\n";
var_dump(function_exists('App\Models\helper'), defined('App\Models\VERSION'), class_exists('\App\Models\User'));
$cls = 'App\Models\User'; var_dump(get_class(new $cls));
var_dump(Sub\Thing::class, \DateTime::class);
--EXPECT--
App\Models
App\Models\User
App\Models\User
App\Models\User
Array
(
    [0] => App\Models\User
    [1] => App\Models\User::who
    [2] => App\Models\User
    [3] => App\Models
)
App\Models\helper App\Models\helper App\Models\helper
1.0 1.0 1.0
3 FALLBACK eol
bool(true)
bool(true)
bool(true)
string(15) "App\Models\User"
string(20) "App\Models\Sub\Thing"
string(8) "DateTime"
