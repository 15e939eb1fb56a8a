--TEST--
builtins with by-reference parameters called directly: the reference the caller made, an element, a property, a static, a non-variable, variadic by-reference parameters
--FILE--
<?php
function stack(int $n): array {
    $s = [];
    $popped = [];
    for ($i = 0; $i < $n; $i++) {
        if ($i % 3 == 2) {
            $popped[] = array_pop($s);
        } else {
            $s[] = $i;
        }
    }
    return [$s, $popped];
}
var_dump(stack(10));

function refs(): void {
    $a = [3, 1, 2];
    $r = &$a;
    sort($r);
    echo implode(",", $a), "\n";
    $nested = ['x' => [5, 4], 'y' => []];
    echo array_pop($nested['x']), " ", count($nested['x']), "\n";
    var_dump(array_pop($nested['y']));
    $o = new stdClass;
    $o->list = [1, 2, 3];
    array_push($o->list, 4, 5);
    echo implode(",", $o->list), "\n";
    static $st = ['b' => 1, 'a' => 2];
    ksort($st);
    echo implode(",", array_keys($st)), "\n";
    $m = null;
    echo preg_match('/(\d+)-(\d+)/', "ab 12-34", $m), " ", json_encode($m), "\n";
    $n = sscanf("7 8 9", "%d %d %d", $x, $y, $z);
    echo $n, " ", $x + $y + $z, "\n";
    $copy = $a;
    array_shift($a);
    echo implode(",", $copy), " / ", implode(",", $a), "\n";
    $str = "not an array";
    try {
        array_pop($str);
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    $u = [1];
    $arr = [&$u];
    array_pop($arr[0]);
    var_dump($u);
}
refs();
try {
    array_pop(stack(3));
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
array(2) {
  [0]=>
  array(4) {
    [0]=>
    int(0)
    [1]=>
    int(3)
    [2]=>
    int(6)
    [3]=>
    int(9)
  }
  [1]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(4)
    [2]=>
    int(7)
  }
}
1,2,3
4 1
NULL
1,2,3,4,5
a,b
1 ["12-34","12","34"]
3 24
1,2,3 / 2,3
TypeError: array_pop(): Argument #1 ($array) must be of type array, string given
array(0) {
}

Notice: Only variables should be passed by reference in %s on line 51
