--TEST--
Visibility errors name the declaring class; a private final method warns at compile time
--FILE--
<?php
class Base {
    private function secret() { return "base"; }
    protected function guarded() { return "guarded"; }
    final private function sealed() {}
    final private function __construct() {}
    public static function make() { return new static; }
}
class Child extends Base {
    public function peek() { return $this->secret(); }
}
$c = Child::make();
foreach ([fn() => $c->peek(), fn() => $c->guarded(), fn() => $c->secret()] as $f) {
    try {
        echo $f(), "\n";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECTF--

Warning: Private methods cannot be final as they are never overridden by other classes in %s on line 5
Call to private method Base::secret() from scope Child
Call to protected method Base::guarded() from global scope
Call to private method Base::secret() from global scope
