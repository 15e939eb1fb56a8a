--TEST--
Fiber: start() takes named arguments (placed by name, extras into a variadic, unknown ones an Error); call_user_func with named arguments
--FILE--
<?php
$f = new Fiber(function ($a, $b = 'B', ...$rest) {
    echo "$a $b\n";
    var_dump($rest);
    $x = Fiber::suspend($a . $b);
    echo "resumed with $x\n";
});
var_dump($f->start(b: 2, a: 1));
$f->resume("r");
$g = new Fiber(function (...$all) { var_dump($all); });
$g->start(1, extra: 'e', more: 'm');
$h = new Fiber(function ($only) { echo "never\n"; });
try { $h->start(nope: 1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$i = new Fiber(fn($p, $q) => print("$p-$q\n"));
$i->start(5, q: 6);
var_dump(call_user_func('str_pad', 'x', 3, pad_type: STR_PAD_LEFT, pad_string: '.'));
--EXPECT--
1 2
array(0) {
}
string(2) "12"
resumed with r
array(3) {
  [0]=>
  int(1)
  ["extra"]=>
  string(1) "e"
  ["more"]=>
  string(1) "m"
}
Error: Unknown named parameter $nope
5-6
string(3) "..x"
