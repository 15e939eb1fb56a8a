--TEST--
parent::__construct() of a private constructor, or of a class without one: PHP's Errors
--FILE--
<?php
class Locked { private function __construct() { echo "locked\n"; } static function make() { return new static; } }
class Opened extends Locked {
    public function __construct() {
        echo "opened\n";
        try {
            parent::__construct();
        } catch (Error $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
class Plain {}
class Child extends Plain {
    public function __construct() {
        try {
            parent::__construct();
        } catch (Error $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
new Opened;
new Child;
Locked::make();
--EXPECT--
opened
Cannot call private Locked::__construct()
Cannot call constructor
locked
