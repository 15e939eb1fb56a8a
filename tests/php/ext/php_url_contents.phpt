--TEST--
file_get_contents/file_put_contents of php:// streams (stdout, output, memory, temp, bad names),
and pipes to a child process written in one piece and read as data arrives
--FILE--
<?php
var_dump(file_put_contents("php://stdout", "to stdout\n"));
var_dump(file_put_contents("php://output", ["to ", "output", "\n"], FILE_APPEND));
var_dump(file_get_contents("php://memory"), file_get_contents("php://temp/maxmemory:64"));
var_dump(file_get_contents("php://bogus"), file_put_contents("php://nope", "x"));

$cmd = [PHP_BINARY, "-n", "-r", 'fwrite(STDOUT, $in = file_get_contents("php://stdin")); fwrite(STDERR, strtoupper($in));'];
$p = proc_open($cmd, [["pipe", "r"], ["pipe", "w"], ["pipe", "w"]], $pipes);
foreach ($pipes as $pipe) {
    stream_set_blocking($pipe, false);
}
$input = str_repeat("abcdefgh", 9000) . "end";
$sent = 0;
$got = [1 => "", 2 => ""];
$open = [1 => $pipes[1], 2 => $pipes[2]];
$writing = [$pipes[0]];
while ($open || $writing) {
    $r = $open; $w = $writing; $e = null;
    if (stream_select($r, $w, $e, 10) === 0) {
        echo "stuck\n";
        break;
    }
    if ($w) {
        $n = fwrite($pipes[0], substr($input, $sent, 8192));
        $sent += $n;
        if ($sent >= strlen($input)) {
            fclose($pipes[0]);
            $writing = [];
        }
    }
    foreach ($r as $pipe) {
        $k = array_search($pipe, $open, true);
        $data = fread($pipe, 100000);
        $got[$k] .= $data;
        if ($data === "" && feof($pipe)) {
            fclose($pipe);
            unset($open[$k]);
        }
    }
}
var_dump(proc_close($p), $sent, strlen($got[1]), $got[1] === $input, $got[2] === strtoupper($input));
?>
--EXPECTF--
to stdout
int(10)
to output
int(10)
string(0) ""
string(0) ""

Warning: file_get_contents(): Invalid php:// URL specified in %s on line 5

Warning: file_get_contents(php://bogus): Failed to open stream: operation failed in %s on line 5

Warning: file_put_contents(): Invalid php:// URL specified in %s on line 5

Warning: file_put_contents(php://nope): Failed to open stream: operation failed in %s on line 5
bool(false)
bool(false)
int(0)
int(72003)
int(72003)
bool(true)
bool(true)
