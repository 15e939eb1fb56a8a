--TEST--
__call and __callStatic: undefined and inaccessible methods, parent::, callables, named arguments
--FILE--
<?php
class Magic {
    private function secret() { return "secret"; }
    public function __call($name, $args) { return "__call $name(" . implode(",", $args) . ")"; }
    public static function __callStatic($name, $args) { return "__callStatic $name(" . implode(",", $args) . ") " . static::class; }
    public function inside() { return self::undefinedInside(5) . " | " . $this->secret(); }
}
class SubMagic extends Magic {
    public function viaParent() { return parent::missing(1, 2); }
}
$m = new Magic;
echo $m->foo(1, 2, 3), "\n";
echo $m->secret(), "\n";
echo Magic::bar('x'), "\n";
echo SubMagic::baz(), "\n";
echo $m->inside(), "\n";
echo (new SubMagic)->viaParent(), "\n";
echo call_user_func([$m, 'dyn'], 'a'), "\n";
echo call_user_func('Magic::stat', 'b'), "\n";
echo call_user_func_array([$m, 'arr'], ['p', 'q']), "\n";
$name = 'varName';
echo $m->$name(7), "\n";
echo $m->named(a: 1, b: 2), "\n";
--EXPECT--
__call foo(1,2,3)
__call secret()
__callStatic bar(x) Magic
__callStatic baz() SubMagic
__call undefinedInside(5) | secret
__call missing(1,2)
__call dyn(a)
__callStatic stat(b) Magic
__call arr(p,q)
__call varName(7)
__call named(1,2)
