--TEST--
foreach: by reference over $this reaches the class's private properties, typed ones checked
--FILE--
<?php
class Foo {
    public int $bar = 0;
    private float $pp = 0.5;
    protected ?string $s = null;
    public function test() {
        foreach ($this as $k => &$val) {
            try { $val = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
            $val = 2;
        }
        unset($val);
        var_dump($this);
    }
}
(new Foo)->test();
--EXPECT--
Cannot assign array to reference held by property Foo::$bar of type int
Cannot assign array to reference held by property Foo::$pp of type float
Cannot assign array to reference held by property Foo::$s of type ?string
object(Foo)#1 (3) {
  ["bar"]=>
  int(2)
  ["pp":"Foo":private]=>
  float(2)
  ["s":protected]=>
  string(1) "2"
}
