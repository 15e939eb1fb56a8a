--TEST--
err: set_error_handler receives level, message, file, line; return false falls back to PHP's output
--FILE--
<?php
$prev = set_error_handler(function (int $no, string $str, string $file, int $line) {
    echo "[$no] $str at line $line in ", basename($file), "\n";
    return $str !== 'fallback';
});
var_dump($prev);
echo $undef;
$a = []; echo $a['k'];
trigger_error("custom", E_USER_WARNING);
trigger_error("notice");
trigger_error("fallback", E_USER_NOTICE);
echo "continues\n";
$h2 = set_error_handler(fn($n, $s) => print("second: $s\n"), E_USER_WARNING);
var_dump($h2 instanceof Closure);
trigger_error("only warnings", E_USER_WARNING);
trigger_error("notice goes to php", E_USER_NOTICE);
restore_error_handler();
trigger_error("first handler again", E_USER_DEPRECATED);
restore_error_handler();
restore_error_handler();
trigger_error("default output", E_USER_WARNING);
set_error_handler(function ($n, $s) { throw new ErrorException($s, 0, $n); });
try { echo $nope; } catch (ErrorException $e) { echo "converted: ", $e->getMessage(), " severity ", $e->getSeverity(), "\n"; }
--EXPECTF--
NULL
[2] Undefined variable $undef at line 7 in err_set_error_handler.php
[2] Undefined array key "k" at line 8 in err_set_error_handler.php
[512] custom at line 9 in err_set_error_handler.php
[1024] notice at line 10 in err_set_error_handler.php
[1024] fallback at line 11 in err_set_error_handler.php

Notice: fallback in %s on line 11
continues
bool(true)
second: only warnings

Notice: notice goes to php in %s on line 16
[16384] first handler again at line 18 in err_set_error_handler.php

Warning: default output in %s on line 21
converted: Undefined variable $nope severity 2
