--TEST--
err: Exception::__toString, getTraceAsString, getFile/getLine, and exceptions thrown from nested calls
--FILE--
<?php
function lvl3($x) { throw new DomainException("deep $x", 7); }
function lvl2($x) { lvl3($x * 2); }
function lvl1() { lvl2(21); }
try { lvl1(); } catch (Exception $e) {
    echo get_class($e), "|", $e->getMessage(), "|", $e->getCode(), "|", basename($e->getFile()), "|", $e->getLine(), "\n";
    echo preg_replace('~/\S+/~', '', $e->getTraceAsString()), "\n";
    echo count($e->getTrace()), " ", $e->getTrace()[0]['function'], " ", json_encode($e->getTrace()[0]['args'] ?? 'no args'), "\n";
    echo preg_replace('~/\S+/~', '', (string)$e), "\n";
}
$prev = new Exception("inner");
$outer = new RuntimeException("outer", 1, $prev);
echo $outer->getPrevious()->getMessage(), "\n";
--EXPECT--
DomainException|deep 42|7|err_exception_output.php|2
#0 err_exception_output.php(3): lvl3(42)
#1 err_exception_output.php(4): lvl2(21)
#2 err_exception_output.php(5): lvl1()
#3 {main}
3 lvl3 [42]
DomainException: deep 42 in err_exception_output.php:2
Stack trace:
#0 err_exception_output.php(3): lvl3(42)
#1 err_exception_output.php(4): lvl2(21)
#2 err_exception_output.php(5): lvl1()
#3 {main}
inner
