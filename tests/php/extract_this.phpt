--TEST--
extract() sets the caller's variables and refuses $this
--FILE--
<?php
function foo() {
    try {
        extract(["this" => 42, "a" => 24]);
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    var_dump(isset($a));
    extract(["b" => 1, "c" => [2]]);
    var_dump($b, $c);
}
foo();
--EXPECT--
Cannot re-assign $this
bool(false)
int(1)
array(1) {
  [0]=>
  int(2)
}
