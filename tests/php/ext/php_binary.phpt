--TEST--
PHP_BINARY starts this interpreter again as php-cli does: -n, -r CODE, -f FILE with arguments
--FILE--
<?php
var_dump(is_executable(PHP_BINARY));
$bin = escapeshellarg(PHP_BINARY);
echo shell_exec("$bin -n -r " . escapeshellarg('echo strtoupper("child"), " ", $argc, " ", $argv[1], "\n";') . " one two");
$dir = sys_get_temp_dir() . "/php_binary-" . getmypid() . "-" . uniqid();
mkdir($dir);
$script = "$dir/child.php";
file_put_contents($script, '<?php echo basename($argv[0]), " ", implode(",", array_slice($argv, 1)), "\n"; exit(3);');
exec("$bin -n -f " . escapeshellarg($script) . " a b 2>&1", $lines, $status);
var_dump($lines, $status);
$p = proc_open([PHP_BINARY, "-n", $script, "x"], [1 => ["pipe", "w"]], $pipes);
echo stream_get_contents($pipes[1]);
fclose($pipes[1]);
var_dump(proc_close($p));
unlink($script);
rmdir($dir);
?>
--EXPECT--
bool(true)
CHILD 3 one
array(1) {
  [0]=>
  string(13) "child.php a,b"
}
int(3)
child.php x
int(3)
