--TEST--
Named arguments through Closure::__invoke and call, reflection's invoke and newInstance,
variadic builtins, missing constructors, traces and assert()
--FILE--
<?php
$f = function ($a = 'a', $b = 'b', $c = 'c') { echo "a=$a b=$b c=$c\n"; };
$f->__invoke('A', c: 'C');
class Q {}
$f->call(new Q, c: 'C', a: 'A');
(new ReflectionFunction($f))->invoke(b: 'B');

class P {
    public function __construct(public $x = 1, public $y = 2) {}
    public function m($p, $q = 'q') { echo "p=$p q=$q\n"; }
}
var_dump(get_object_vars((new ReflectionClass('P'))->newInstance(y: 5)));
(new ReflectionMethod('P', 'm'))->invoke(new P, q: 'Q', p: 'P');

foreach ([fn() => array_merge([1], a: [2]), fn() => max(1, 2, x: 3),
          fn() => new stdClass(x: 1), fn() => new ArrayObject(nope: 1)] as $call) {
    try {
        $call();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

function tr($a, ...$rest) {
    debug_print_backtrace();
    return (new Exception)->getTrace()[0]['args'];
}
var_dump(tr(1, 2, x: 3, y: [4]));

try {
    assert(assertion: 1 > 2);
} catch (AssertionError $e) {
    echo $e->getMessage(), "\n";
}
try {
    assert(description: 'why');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
a=A b=b c=C
a=A b=b c=C
a=a b=B c=c
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(5)
}
p=P q=Q
ArgumentCountError: array_merge() does not accept unknown named parameters
ArgumentCountError: max() does not accept unknown named parameters
Error: Unknown named parameter $x
Error: Unknown named parameter $nope
#0 %s(28): tr(1, 2, x: 3, y: Array)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["x"]=>
  int(3)
  ["y"]=>
  array(1) {
    [0]=>
    int(4)
  }
}
assert(assertion: 1 > 2)
Named parameter $description overwrites previous argument
