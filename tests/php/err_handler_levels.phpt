--TEST--
err: an error handler sees every level's number, PHP's deprecations and warnings included; its mask filters
--FILE--
<?php
set_error_handler(function ($no, $msg, $file, $line) {
    $names = [E_WARNING => 'E_WARNING', E_NOTICE => 'E_NOTICE', E_DEPRECATED => 'E_DEPRECATED', E_USER_WARNING => 'E_USER_WARNING', E_USER_NOTICE => 'E_USER_NOTICE', E_USER_DEPRECATED => 'E_USER_DEPRECATED'];
    echo $names[$no] ?? $no, ": $msg (line $line)\n";
    return true;
});
echo $undefined;
$a = []; $a['x'];
$b = [1.5 => 1];
trigger_error("uw", E_USER_WARNING);
trigger_error("un");
trigger_error("ud", E_USER_DEPRECATED);
$s = "abc"; $s[10];
echo intdiv(7, 2), "\n";
strlen(null);
restore_error_handler();
set_error_handler(function ($no, $msg) { echo "only notices: $msg\n"; return true; }, E_USER_NOTICE);
trigger_error("notice shown");
trigger_error("warning falls through", E_USER_WARNING);
echo "end\n";
--EXPECTF--
E_WARNING: Undefined variable $undefined (line 7)
E_WARNING: Undefined array key "x" (line 8)
E_DEPRECATED: Implicit conversion from float 1.5 to int loses precision (line 9)
E_USER_WARNING: uw (line 10)
E_USER_NOTICE: un (line 11)
E_USER_DEPRECATED: ud (line 12)
E_WARNING: Uninitialized string offset 10 (line 13)
3
E_DEPRECATED: strlen(): Passing null to parameter #1 ($string) of type string is deprecated (line 15)
only notices: notice shown

Warning: warning falls through in %s on line 19
end
