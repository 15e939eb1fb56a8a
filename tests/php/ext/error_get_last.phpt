--TEST--
error_get_last and error_clear_last: silenced diagnostics, handlers that take or decline them
--FILE--
<?php
var_dump(error_get_last());
$x = @$undefined;
print_r(error_get_last());
@file_get_contents('/nonexistent/file');
$e = error_get_last(); echo $e['type'], " ", $e['message'], " ", $e['line'], " ", basename($e['file']), "\n";
error_clear_last(); var_dump(error_get_last());
set_error_handler(function () { return true; });
echo $undefined2;
var_dump(error_get_last());
set_error_handler(function () { return false; });
echo $undefined3;
echo error_get_last()['message'], "\n";
--EXPECTF--
NULL
Array
(
    [type] => 2
    [message] => Undefined variable $undefined
    [file] => %s
    [line] => 3
)
2 file_get_contents(/nonexistent/file): Failed to open stream: No such file or directory 5 error_get_last.php
NULL
NULL

Warning: Undefined variable $undefined3 in %s on line 12
Undefined variable $undefined3
