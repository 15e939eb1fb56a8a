--TEST--
Closures have object ids (spl_object_id, var_dump's #N; given when first asked) and var_dump/print_r show their captured variables, $this and parameters
--FILE--
<?php
class K {
    public $v = 1;
    function get() { return function ($a, &$b = null, ...$rest) { return $this->v; }; }
    static function sf() { return static fn(int $n = 3) => $n; }
    function m(int $x, $y = 2) {}
}
$k = new K;
$c = $k->get();
var_dump($c);
print_r($c); echo "\n";
$u = 5; $arr = [1];
$d = function () use ($u, &$arr) { static $n = 0; $n++; };
$d();
var_dump($d);
print_r($d); echo "\n";
$s = K::sf();
var_dump($s);
$f1 = strlen(...);
var_dump($f1);
$f2 = $k->m(...);
var_dump($f2);
$f3 = Closure::fromCallable([$k, 'm']);
var_dump($f3);
function named(&$p, $q = []) {}
$f4 = Closure::fromCallable('named');
var_dump($f4);
$f5 = preg_match(...);
var_dump($f5);
$o = new stdClass;
var_dump($o);
var_dump(spl_object_id($c), spl_object_id($d), spl_object_id($o));
var_dump(spl_object_hash($c) === spl_object_hash($c), spl_object_hash($c) === spl_object_hash($d));
$b = Closure::bind($d, $o);
var_dump(spl_object_id($b) > spl_object_id($o));
?>
--EXPECT--
object(Closure)#2 (2) {
  ["this"]=>
  object(K)#1 (1) {
    ["v"]=>
    int(1)
  }
  ["parameter"]=>
  array(3) {
    ["$a"]=>
    string(10) "<required>"
    ["&$b"]=>
    string(10) "<optional>"
    ["$rest"]=>
    string(10) "<optional>"
  }
}
Closure Object
(
    [this] => K Object
        (
            [v] => 1
        )

    [parameter] => Array
        (
            [$a] => <required>
            [&$b] => <optional>
            [$rest] => <optional>
        )

)

object(Closure)#3 (1) {
  ["static"]=>
  array(3) {
    ["u"]=>
    int(5)
    ["arr"]=>
    &array(1) {
      [0]=>
      int(1)
    }
    ["n"]=>
    int(1)
  }
}
Closure Object
(
    [static] => Array
        (
            [u] => 5
            [arr] => Array
                (
                    [0] => 1
                )

            [n] => 1
        )

)

object(Closure)#4 (1) {
  ["parameter"]=>
  array(1) {
    ["$n"]=>
    string(10) "<optional>"
  }
}
object(Closure)#5 (2) {
  ["function"]=>
  string(6) "strlen"
  ["parameter"]=>
  array(1) {
    ["$string"]=>
    string(10) "<required>"
  }
}
object(Closure)#6 (3) {
  ["function"]=>
  string(4) "K::m"
  ["this"]=>
  object(K)#1 (1) {
    ["v"]=>
    int(1)
  }
  ["parameter"]=>
  array(2) {
    ["$x"]=>
    string(10) "<required>"
    ["$y"]=>
    string(10) "<optional>"
  }
}
object(Closure)#7 (3) {
  ["function"]=>
  string(4) "K::m"
  ["this"]=>
  object(K)#1 (1) {
    ["v"]=>
    int(1)
  }
  ["parameter"]=>
  array(2) {
    ["$x"]=>
    string(10) "<required>"
    ["$y"]=>
    string(10) "<optional>"
  }
}
object(Closure)#8 (2) {
  ["function"]=>
  string(5) "named"
  ["parameter"]=>
  array(2) {
    ["&$p"]=>
    string(10) "<required>"
    ["$q"]=>
    string(10) "<optional>"
  }
}
object(Closure)#9 (2) {
  ["function"]=>
  string(10) "preg_match"
  ["parameter"]=>
  array(5) {
    ["$pattern"]=>
    string(10) "<required>"
    ["$subject"]=>
    string(10) "<required>"
    ["&$matches"]=>
    string(10) "<optional>"
    ["$flags"]=>
    string(10) "<optional>"
    ["$offset"]=>
    string(10) "<optional>"
  }
}
object(stdClass)#10 (0) {
}
int(2)
int(3)
int(10)
bool(true)
bool(false)
bool(true)
