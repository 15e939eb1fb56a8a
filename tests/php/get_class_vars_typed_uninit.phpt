--TEST--
get_class_vars(): uninitialized typed properties, instance and static, are null
--FILE--
<?php
class Test {
    public static int $int1;
    public static int $int2 = 42;
    public int $int3;
    public int $int4 = 42;
    public ?string $s;
}
$v = get_class_vars(Test::class);
ksort($v);
var_dump($v);
--EXPECT--
array(5) {
  ["int1"]=>
  NULL
  ["int2"]=>
  int(42)
  ["int3"]=>
  NULL
  ["int4"]=>
  int(42)
  ["s"]=>
  NULL
}
