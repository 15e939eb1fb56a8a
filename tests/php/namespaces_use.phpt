--TEST--
namespaces_use: namespaces (unbraced), use for classes/functions/constants, aliases, group use, fallback
--FILE--
<?php
namespace App\Models;

const VERSION = "1.2";
function helper() { return __FUNCTION__; }
interface HasName { function name(); }
class User implements HasName {
    const KIND = 'user';
    function __construct(public string $n) {}
    function name() { return $this->n . " (" . __CLASS__ . "::" . __FUNCTION__ . ")"; }
    static function make($n): static { return new static($n); }
}
class Admin extends User {}
echo __NAMESPACE__, "\n";
echo helper(), "\n";
echo VERSION, " ", \App\Models\VERSION, " ", namespace\VERSION, "\n";
echo strlen("abc"), " ", PHP_EOL === "\n" ? "eol" : "no", " ", M_PI > 3 ? "pi" : "", "\n";
echo User::class, " ", Admin::KIND, "\n";

namespace App\Util;

use App\Models\User;
use App\Models\Admin as Boss;
use App\Models\{HasName, User as Member};
use function App\Models\helper;
use function App\Models\helper as h2;
use const App\Models\VERSION;
use App\Models;

function strtoupper($s) { return "local:" . \strtoupper($s); }
$u = new User("ann");
echo $u->name(), "\n";
echo get_class(new Boss("bob")), "\n";
var_dump($u instanceof HasName, new Boss("x") instanceof Member, $u instanceof Models\User);
echo helper(), " ", h2(), " ", VERSION, "\n";
echo strtoupper("x"), " ", \strtoupper("y"), " ", namespace\strtoupper("z"), "\n";
echo Member::class, " ", Boss::class, " ", Models\Admin::class, " ", \Foo\Bar::class, "\n";
echo get_class(Boss::make("c")), "\n";
echo \App\Models\helper(), "\n";
$cls = 'App\Models\User';
echo (new $cls("dyn"))->n, "\n";
$fn = 'App\Util\strtoupper';
echo $fn("q"), "\n";
echo \call_user_func('App\Models\helper'), "\n";
try {
    $x = new Missing();
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    undefined_fn();
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo UNDEFINED_CONST;
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
function typed(User $u): Models\User { return $u; }
echo typed($u)->n, "\n";
try {
    throw new \RuntimeException("rt");
} catch (\RuntimeException $e) {
    echo "caught ", $e->getMessage(), "\n";
}
echo __NAMESPACE__, "\n";
$f = function () { return __NAMESPACE__ . " " . __FUNCTION__; };
echo $f(), "\n";
define('App\Util\DEFINED', 5);
echo DEFINED, "\n";
--EXPECT--
App\Models
App\Models\helper
1.2 1.2 1.2
3 eol pi
App\Models\User user
ann (App\Models\User::name)
App\Models\Admin
bool(true)
bool(true)
bool(true)
App\Models\helper App\Models\helper 1.2
local:X Y local:Z
App\Models\User App\Models\Admin App\Models\Admin Foo\Bar
App\Models\Admin
App\Models\helper
dyn
local:Q
App\Models\helper
Error: Class "App\Util\Missing" not found
Call to undefined function App\Util\undefined_fn()
Undefined constant "App\Util\UNDEFINED_CONST"
ann
caught rt
App\Util
App\Util App\Util\{closure}
5
