--TEST--
include_eval: eval() runs code in the calling scope and returns its return value (null otherwise)
--FILE--
<?php
$a = 2;
var_dump(eval('return $a * 21;'));
var_dump(eval('$b = $a + 1;'), $b);
eval('function from_eval($x) { return "eval says $x"; }');
var_dump(from_eval("hi"));
function scoped() {
    $local = 'local';
    eval('$local .= " changed"; $new = "new";');
    return "$local $new";
}
var_dump(scoped());
var_dump(eval('return __LINE__;'));
eval("echo __FILE__ === __DIR__ . '/' . basename(__FILE__) ? '' : 'x', \"\\n\";");
echo str_replace(__DIR__, 'DIR', eval('return __FILE__;')), "\n";
try {
    eval('throw new LogicException("thrown in eval");');
} catch (LogicException $e) {
    echo $e->getMessage(), " line ", $e->getLine(), " ", str_replace(__DIR__, 'DIR', $e->getFile()), "\n";
}
--EXPECT--
int(42)
NULL
int(3)
string(12) "eval says hi"
string(17) "local changed new"
int(1)

DIR/include_eval.php(15) : eval()'d code
thrown in eval line 1 DIR/include_eval.php(17) : eval()'d code
