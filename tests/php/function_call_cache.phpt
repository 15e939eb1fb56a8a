--TEST--
a call site resolves its function again after new declarations (conditional and included)
--FILE--
<?php
function call_late() {
    try {
        return late(2);
    } catch (Error $e) {
        return $e->getMessage();
    }
}
echo call_late(), "\n";         // not declared yet: the same call site must not remember a miss
if (true) {
    function late($x) { return "late " . ($x * 21); }
}
echo call_late(), "\n";
$sum = 0;
for ($i = 0; $i < 1000; $i++) {
    $sum += strlen("abc") + abs(-$i);
}
echo $sum, "\n";
file_put_contents(__DIR__ . '/fcc_inc.php', '<?php function from_include() { return "included"; }');
function call_included() { return function_exists('from_include') ? from_include() : "missing"; }
echo call_included(), "\n";
include __DIR__ . '/fcc_inc.php';
echo call_included(), "\n";
unlink(__DIR__ . '/fcc_inc.php');
--EXPECT--
Call to undefined function late()
late 42
502500
missing
included
