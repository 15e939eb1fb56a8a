--TEST--
global ${expr} (the name evaluated once, then bound to the global) and variables named by integers (${10})
--FILE--
<?php
function name_of($n) { echo "naming $n\n"; return $n; }
function bump() {
    global ${name_of("counter")};
    $counter++;
    $suffix = "ed";
    global ${"shar" . $suffix};
    $shared[] = "from bump";
}
$counter = 40;
$shared = [];
bump();
bump();
var_dump($counter, $shared);
${7} = "seven";
${7 + 1} = "eight";
var_dump(${7}, ${"8"});
class Registry { public static $items = 1; }
try {
    var_dump(Registry::${3});
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
naming counter
naming counter
int(42)
array(2) {
  [0]=>
  string(9) "from bump"
  [1]=>
  string(9) "from bump"
}
string(5) "seven"
string(5) "eight"
Access to undeclared static property Registry::$3
