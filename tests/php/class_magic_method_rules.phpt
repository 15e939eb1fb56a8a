--TEST--
Magic method declarations: a non-public one warns, a wrong parameter count is a fatal error at its line
--FILE--
<?php
class Ok {
    private function __get($n) { return 1; }
    public static function __callStatic($n, $a) { return $n; }
    public function __call($name, $args) { return $name; }
}
$o = new Ok;
echo Ok::hello(), " ", $o->there(), "\n";
class Bad {
    public function __set($only) {}
}
echo "not reached\n";
--EXPECTF--

Warning: The magic method Ok::__get() must have public visibility in %s on line 3

Fatal error: Method Bad::__set() must take exactly 2 arguments in %s on line 10
[exit 255: ]
