--TEST--
output_buffering: ob_start with handlers and chunk sizes, nested levels, ob_get_clean, notices
--FILE--
<?php
var_dump(PHP_OUTPUT_HANDLER_START, PHP_OUTPUT_HANDLER_FINAL, PHP_OUTPUT_HANDLER_END,
         PHP_OUTPUT_HANDLER_CONT, PHP_OUTPUT_HANDLER_STDFLAGS);
ob_start(function ($b, $p) {
    return ($p & PHP_OUTPUT_HANDLER_START ? "start " : "") . ($p & PHP_OUTPUT_HANDLER_FINAL ? "final " : "") . $b;
});
echo "flags\n";
ob_end_flush();
ob_start(function ($buf, $phase) { echo "discarded"; return "[" . strtoupper($buf) . ":$phase]"; });
echo "hi";
ob_flush();
echo "yo";
ob_end_flush();
echo "\n";
var_dump(ob_get_level(), ob_get_length(), ob_get_contents(), ob_get_clean());
var_dump(ob_end_flush(), ob_end_clean(), ob_get_flush(), ob_flush(), ob_clean());
ob_start(null, 4);
echo "ab";
echo "cdef";
echo "g";
$x = ob_get_contents();
ob_end_clean();
var_dump($x);
ob_start();
echo "abc";
var_dump(ob_list_handlers(), ob_get_level(), ob_get_length());
$s = ob_get_clean();
var_dump($s);
ob_start(fn($b) => strtoupper($b));
ob_start(fn($b) => false);
echo "nested ";
print_r(ob_list_handlers());
ob_end_flush();
ob_end_flush();
ob_start(function ($b, $p) { return "($p:$b)"; });
echo "q";
ob_clean();
echo "r";
ob_end_clean();
echo "|\n";
function level() { ob_start(); echo "in function"; return ob_get_clean(); }
var_dump(level());
ob_start();
echo "warning inside a buffer:";
echo $undefined;
$w = ob_get_clean();
var_dump(strlen($w) > 30);
ob_start(function ($b) { throw new Exception("from a handler"); });
echo "lost";
try {
    ob_end_flush();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), " level ", ob_get_level(), "\n";
}
ob_start(function ($b, $p) { return "<$p>" . $b; });
echo "left open at the end\n";
--EXPECTF--
int(1)
int(8)
int(8)
int(0)
int(112)
start final flags
[HI:5][YO:8]
int(0)
bool(false)
bool(false)
bool(false)

Notice: ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 16

Notice: ob_end_clean(): Failed to delete buffer. No buffer to delete in %s on line 16

Notice: ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 16

Notice: ob_flush(): Failed to flush buffer. No buffer to flush in %s on line 16

Notice: ob_clean(): Failed to delete buffer. No buffer to delete in %s on line 16
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
abcdefstring(1) "g"
string(76) "abcarray(1) {
  [0]=>
  string(22) "default output handler"
}
int(1)
int(3)
"
NESTED ARRAY
(
    [0] => CLOSURE::__INVOKE
    [1] => CLOSURE::__INVOKE
)
|
string(11) "in function"
bool(true)
lostException: from a handler level 0
<9>left open at the end
