--TEST--
`new` checks a private or protected constructor against the calling scope
--FILE--
<?php
class Registry {
    private static $one;
    private function __construct(public string $tag = "r") {}
    public static function get() { return self::$one ??= new Registry("shared"); }
    public static function fresh() { return new static("fresh"); }
}
class Node {
    protected function __construct() { echo static::class, " made\n"; }
    public static function make() { return new static; }
}
class Leaf extends Node {
    public static function build() { return new Node; }
}
echo Registry::get()->tag, " ", Registry::fresh()->tag, "\n";
Node::make();
Leaf::make();
Leaf::build();
foreach ([fn() => new Registry, fn() => new Node, fn() => new Leaf] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
class Outsider { function f() { return new Registry; } }
try {
    (new Outsider)->f();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
shared fresh
Node made
Leaf made
Node made
Call to private Registry::__construct() from global scope
Call to protected Node::__construct() from global scope
Call to protected Node::__construct() from global scope
Call to private Registry::__construct() from scope Outsider
