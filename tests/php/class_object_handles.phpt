--TEST--
classes: var_dump object handle numbers are reused after release; spl_object_id matches
--FILE--
<?php
class H {}
$a = new H; $b = new H;
var_dump($a, $b, spl_object_id($a), spl_object_id($b));
$c = new H; var_dump($c);
var_dump(spl_object_id($c) === spl_object_id($c), spl_object_id($b) !== spl_object_id($c));
$arr = [new H, new H]; var_dump($arr);
var_dump(strlen(spl_object_hash($b)));
--EXPECT--
object(H)#1 (0) {
}
object(H)#2 (0) {
}
int(1)
int(2)
object(H)#3 (0) {
}
bool(true)
bool(true)
array(2) {
  [0]=>
  object(H)#4 (0) {
  }
  [1]=>
  object(H)#5 (0) {
  }
}
int(32)
