--TEST--
Reflection shows doc comments and attributes of classes, constants, properties, methods, parameters and closures
--FILE--
<?php
namespace App;
use Attribute;

#[Attribute(Attribute::TARGET_CLASS | Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
final class Route {
    public function __construct(public string $path = "/", public array $verbs = ["GET"]) {}
}
#[Attribute(Attribute::TARGET_PROPERTY)]
class Column { public function __construct(public string $type) {} }

/**
 * A controller.
 */
#[Route("/users", verbs: ["GET", "POST"]), Route(path: "/people")]
class Users {
    /** Page size. */
    #[Column("int")] public const LIMIT = 20;
    /** The table. */
    #[Column("varchar")] public $table = "users";
    public $plain;

    /** Lists users. */
    #[Route(self::BASE . "/list")]
    public function list(#[\SensitiveParameter] string $token, int $page = 1) {}
    const BASE = "/u";
}

$rc = new \ReflectionClass(Users::class);
echo $rc->getDocComment(), "\n";
foreach ($rc->getAttributes() as $a) {
    echo $a->getName(), " repeated=", var_export($a->isRepeated(), true), " target=", $a->getTarget(), "\n";
    var_dump($a->getArguments());
    $route = $a->newInstance();
    echo get_class($route), " ", $route->path, " ", implode(",", $route->verbs), "\n";
}
$c = $rc->getReflectionConstant('LIMIT');
echo get_class($c), " ", $c->getName(), "=", $c->getValue(), " ", $c->getDocComment(), "\n";
try {
    $c->getAttributes()[0]->newInstance();
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($rc->getProperty('plain')->getDocComment(), $rc->getProperty('plain')->getAttributes());
echo $rc->getProperty('table')->getDocComment(), " ", $rc->getProperty('table')->getAttributes()[0]->newInstance()->type, "\n";
$m = $rc->getMethod('list');
echo $m->getDocComment(), " ", $m->getAttributes()[0]->newInstance()->path, "\n";
foreach ($m->getParameters() as $p)
    echo $p->getName(), ": ", implode(",", array_map(fn($a) => $a->getName(), $p->getAttributes())), "\n";
echo count($rc->getAttributes(Route::class)), count($rc->getAttributes('\App\route')),
    count($rc->getAttributes(Column::class)), count($rc->getAttributes(\stdClass::class, \ReflectionAttribute::IS_INSTANCEOF)), "\n";
try {
    $rc->getAttributes(null, 5);
} catch (\ValueError $e) {
    echo $e->getMessage(), "\n";
}
$f = #[Column("x")] /** not a doc of the closure */ fn() => 1;
$a = (new \ReflectionFunction($f))->getAttributes()[0];
try {
    $a->newInstance();
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
#[\NoSuchAttr(1)] function g() {}
$a = (new \ReflectionFunction('App\g'))->getAttributes()[0];
echo $a->getName(), " ", json_encode($a->getArguments()), "\n";
try {
    $a->newInstance();
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
#[\stdClass] function h() {}
try {
    (new \ReflectionFunction('App\h'))->getAttributes()[0]->newInstance();
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump((new \ReflectionFunction('App\h'))->getDocComment());
--EXPECT--
/**
 * A controller.
 */
App\Route repeated=true target=1
array(2) {
  [0]=>
  string(6) "/users"
  ["verbs"]=>
  array(2) {
    [0]=>
    string(3) "GET"
    [1]=>
    string(4) "POST"
  }
}
App\Route /users GET,POST
App\Route repeated=true target=1
array(1) {
  ["path"]=>
  string(7) "/people"
}
App\Route /people GET
ReflectionClassConstant LIMIT=20 /** Page size. */
Error: Attribute "App\Column" cannot target class constant (allowed targets: property)
bool(false)
array(0) {
}
/** The table. */ varchar
/** Lists users. */ /u/list
token: SensitiveParameter
page: 
2000
ReflectionClass::getAttributes(): Argument #2 ($flags) must be a valid attribute filter flag
Attribute "App\Column" cannot target function (allowed targets: property)
NoSuchAttr [1]
Attribute class "NoSuchAttr" not found
Attempting to use non-attribute class "stdClass" as attribute
bool(false)
