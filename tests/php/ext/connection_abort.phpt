--TEST--
A closed stdout aborts the connection: the echo that finds the reader gone ends the script, shutdown functions still run with connection_status() 1, the status is 255; ignore_user_abort keeps it running
--FILE--
<?php
// Each child waits on its stdin until the parent has closed the child's stdout.
function run(string $code): void
{
    $p = proc_open([PHP_BINARY, "-n", "-r", 'fgets(STDIN); ' . $code],
                   [0 => ["pipe", "r"], 1 => ["pipe", "w"], 2 => ["pipe", "w"]], $pipes);
    fclose($pipes[1]);
    fwrite($pipes[0], "go\n");
    fclose($pipes[0]);
    echo stream_get_contents($pipes[2]);
    fclose($pipes[2]);
    echo "status ", proc_close($p), "\n";
}
run('register_shutdown_function(function () {
         fwrite(STDERR, "shutdown: " . connection_status() . " " . connection_aborted() . "\n");
         echo "lost\n";
     });
     for ($i = 0; $i < 3; $i++) {
         fwrite(STDERR, "writing $i\n");
         echo "line $i\n";
     }
     fwrite(STDERR, "not reached\n");');
run('var_dump(ignore_user_abort(true));
     echo "x\n";
     fwrite(STDERR, "still running: " . connection_status() . " " . connection_aborted() . "\n");
     echo "y\n";
     fwrite(STDERR, "and on\n");');
run('ignore_user_abort(true); echo "x\n"; exit(3);');
var_dump(ignore_user_abort(), ignore_user_abort(true), ignore_user_abort(), ini_get("ignore_user_abort"));
var_dump(ignore_user_abort(null), ini_set("ignore_user_abort", "0"), ignore_user_abort());
var_dump(connection_status(), connection_aborted());
var_dump(CONNECTION_NORMAL, CONNECTION_ABORTED, CONNECTION_TIMEOUT);
?>
--EXPECT--
writing 0
shutdown: 1 1
status 255
still running: 1 1
and on
status 255
status 3
int(0)
int(0)
int(1)
string(1) "1"
int(1)
string(1) "1"
int(0)
int(0)
int(0)
int(0)
int(1)
int(2)
