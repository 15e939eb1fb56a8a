--TEST--
callables naming self, parent or static, and [class, "Class::method"] forms: resolved as PHP 8.2 resolves them (non-static methods with the caller's $this, __call before __callStatic from an instance), with their deprecations; protected methods are visible to classes sharing the declaring ancestor
--FILE--
<?php
class Base {
    public function hello($who = "base") { return "Base::hello($who)"; }
    public static function make() { return "Base::make"; }
    protected function shared() { return "Base::shared"; }
}
class Child extends Base {
    public function hello($who = "child") { return "Child::hello($who)"; }
    public function __call($name, $args) { return "__call($name)"; }
    public static function __callStatic($name, $args) { return "__callStatic($name)"; }
    public function run() {
        $forms = ["self::hello", "parent::hello", "static::make", ["self", "hello"], ["parent", "make"],
                  ["Child", "parent::hello"], [$this, "parent::hello"], [$this, "Base::hello"],
                  ["Child", "missing"], "Child::missing", ["self", "absent"]];
        foreach ($forms as $f) {
            echo json_encode($f, JSON_UNESCAPED_SLASHES), " => ";
            echo call_user_func($f), "\n";
        }
        var_dump(is_callable("parent::hello"), array_map([$this, "parent::hello"], ["x"]));
        return self::nothing();
    }
    public static function fromStatic() {
        echo call_user_func(["Child", "missing"]), "\n";
        try {
            call_user_func("self::hello");
        } catch (Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    protected function shared() { return "Child::shared"; }
}
class Sibling extends Base {
    public function peek(Base $other) { return $other->shared(); }
}
echo (new Child)->run(), "\n";
Child::fromStatic();
echo (new Sibling)->peek(new Child), "\n";
try {
    call_user_func("self::hello");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
function takes(callable $c) { return $c(); }
class User extends Base {
    function go() { return takes("parent::make"); }
}
echo (new User)->go(), "\n";
--EXPECTF--
"self::hello" => 
Deprecated: Use of "self" in callables is deprecated in %s on line 17
Child::hello(child)
"parent::hello" => 
Deprecated: Use of "parent" in callables is deprecated in %s on line 17
Base::hello(base)
"static::make" => 
Deprecated: Use of "static" in callables is deprecated in %s on line 17
Base::make
["self","hello"] => 
Deprecated: Use of "self" in callables is deprecated in %s on line 17
Child::hello(child)
["parent","make"] => 
Deprecated: Use of "parent" in callables is deprecated in %s on line 17
Base::make
["Child","parent::hello"] => 
Deprecated: Callables of the form ["Child", "parent::hello"] are deprecated in %s on line 17
Base::hello(base)
[{},"parent::hello"] => 
Deprecated: Callables of the form ["Child", "parent::hello"] are deprecated in %s on line 17
Base::hello(base)
[{},"Base::hello"] => 
Deprecated: Callables of the form ["Child", "Base::hello"] are deprecated in %s on line 17
Base::hello(base)
["Child","missing"] => __call(missing)
"Child::missing" => __call(missing)
["self","absent"] => 
Deprecated: Use of "self" in callables is deprecated in %s on line 17
__call(absent)

Deprecated: Use of "parent" in callables is deprecated in %s on line 19

Deprecated: Callables of the form ["Child", "parent::hello"] are deprecated in %s on line 19
bool(true)
array(1) {
  [0]=>
  string(14) "Base::hello(x)"
}
__call(nothing)
__callStatic(missing)

Deprecated: Use of "self" in callables is deprecated in %s on line 25
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, non-static method Child::hello() cannot be called statically
Child::shared
call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access "self" when no class scope is active

Fatal error: Uncaught TypeError: takes(): Argument #1 ($c) must be of type callable, string given, called in %s on line 45 and defined in %s:43
Stack trace:
#0 %s(45): takes('parent::make')
#1 %s(47): User->go()
#2 {main}
  thrown in %s on line 43
[exit 255: ]
