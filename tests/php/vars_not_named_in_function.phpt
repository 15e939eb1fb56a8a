--TEST--
Variables that extract(), eval'd code and variable variables make in a function, named nowhere in its source
--FILE--
<?php
function g() {
    $shared = 10;
    eval('$fromEval = 42; $shared++;');
    var_dump(get_defined_vars());
    $n = 'fromEval';
    var_dump($$n);
    extract(['q1' => 'a', 'q2' => 'b']);
    eval('var_dump($q1, $shared); $q3 = 3;');
    var_dump(compact('q2', 'q3'));
}
g();
function h() {
    extract(['k1' => 1]);
    eval('$k2 = 2;');
    var_dump(array_keys(get_defined_vars()));
}
h();
--EXPECT--
array(2) {
  ["shared"]=>
  int(11)
  ["fromEval"]=>
  int(42)
}
int(42)
string(1) "a"
int(11)
array(2) {
  ["q2"]=>
  string(1) "b"
  ["q3"]=>
  int(3)
}
array(2) {
  [0]=>
  string(2) "k1"
  [1]=>
  string(2) "k2"
}
