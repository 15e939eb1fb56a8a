--TEST--
compact, extract, get_defined_vars and func_get_args may not be called dynamically (a string callable, call_user_func, array_map), while direct calls work
--FILE--
<?php
function probe($name, ...$args) {
    $local = "kept";
    foreach ([
        fn() => $name(...$args),
        fn() => call_user_func($name, ...$args),
        fn() => array_map($name, [$args[0] ?? null]),
    ] as $i => $attempt) {
        try {
            $attempt();
            echo "$i: no error\n";
        } catch (Error $e) {
            echo "$i: ", $e->getMessage(), "\n";
        }
    }
    var_dump($local);
}
probe('extract', ['local' => 'overwritten']);
probe('compact', 'local');
probe('get_defined_vars');
probe('func_get_args');
probe('func_num_args');
function direct($p) {
    $q = 2;
    extract(['r' => 3]);
    var_dump(compact('p', 'q', 'r'), func_get_args(), array_keys(get_defined_vars()));
}
direct(1);
probe('strtoupper', 'still fine');
--EXPECT--
0: Cannot call extract() dynamically
1: Cannot call extract() dynamically
2: Cannot call extract() dynamically
string(4) "kept"
0: Cannot call compact() dynamically
1: Cannot call compact() dynamically
2: Cannot call compact() dynamically
string(4) "kept"
0: Cannot call get_defined_vars() dynamically
1: Cannot call get_defined_vars() dynamically
2: get_defined_vars() expects exactly 0 arguments, 1 given
string(4) "kept"
0: Cannot call func_get_args() dynamically
1: Cannot call func_get_args() dynamically
2: func_get_args() expects exactly 0 arguments, 1 given
string(4) "kept"
0: Cannot call func_num_args() dynamically
1: Cannot call func_num_args() dynamically
2: func_num_args() expects exactly 0 arguments, 1 given
string(4) "kept"
array(3) {
  ["p"]=>
  int(1)
  ["q"]=>
  int(2)
  ["r"]=>
  int(3)
}
array(1) {
  [0]=>
  int(1)
}
array(3) {
  [0]=>
  string(1) "p"
  [1]=>
  string(1) "q"
  [2]=>
  string(1) "r"
}
0: no error
1: no error
2: no error
string(4) "kept"
