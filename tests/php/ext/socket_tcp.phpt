--TEST--
Sockets: a TCP server and client in one process (stream_socket_server/client/accept, fsockopen,
reads that return what arrived, timeouts, feof after the peer closes, a write to a closed peer)
--FILE--
<?php
function port_of($s) {
    $name = stream_socket_get_name($s, false);
    return (int)substr($name, strrpos($name, ':') + 1);
}
$srv = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr);
var_dump(is_resource($srv), $errno, $errstr);
var_dump(stream_socket_get_name($srv, true));
$port = port_of($srv);
var_dump(preg_match('/^127\.0\.0\.1:\d+$/', stream_socket_get_name($srv, false)));

// the same port again: the bind fails
var_dump(@stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr) === false, $errno, $errstr);

$c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
var_dump(is_resource($c), $errno, $errstr);
$a = stream_socket_accept($srv, 2, $peer);
var_dump(is_resource($a), $peer === stream_socket_get_name($c, false));
var_dump(stream_socket_get_name($a, true) === stream_socket_get_name($c, false));

var_dump(fwrite($c, "line one\nline two\npartial"));
var_dump(fgets($a));
var_dump(fgets($a));
var_dump(fread($a, 7));
fwrite($c, "abc");
var_dump(fread($a, 100));           // what has arrived, not 100 bytes
var_dump(stream_set_timeout($a, 0, 200000));
var_dump(fread($a, 100));           // nothing arrives: false after the timeout
$meta = stream_get_meta_data($a);
var_dump($meta['timed_out'], $meta['stream_type'], $meta['mode'], $meta['seekable']);
fwrite($c, "more");
var_dump(fread($a, 2), fread($a, 2));
var_dump(stream_get_meta_data($a)['timed_out']);

// a request/response round trip in both directions
fwrite($a, "pong\n");
var_dump(fgets($c));

// select sees the readable end
fwrite($c, "x");
$r = [$a, $c]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 1), count($r), $r[0] === $a);
var_dump(fgetc($a));

// the peer closes: feof, reads of nothing, stream_get_contents of the rest
fwrite($c, "tail");
var_dump(feof($a));
fclose($c);
var_dump(stream_get_contents($a));
var_dump(feof($a));
var_dump(fread($a, 10));
var_dump(fwrite($a, "x"));
usleep(50000);
var_dump(fwrite($a, "x"));
fclose($a);

// fsockopen
$f = fsockopen("127.0.0.1", $port, $errno, $errstr, 2);
var_dump(is_resource($f), $errno, $errstr);
$a = stream_socket_accept($srv);
fwrite($f, "via fsockopen\n");
var_dump(fgets($a));
stream_socket_shutdown($f, STREAM_SHUT_WR);
var_dump(stream_get_contents($a));
fclose($a); fclose($f);
$f = fsockopen("tcp://127.0.0.1:$port", -1);
var_dump(is_resource($f));
fclose($f);
fclose(stream_socket_accept($srv));

// accept with nothing waiting
var_dump(stream_socket_accept($srv, 0.1));
fclose($srv);

// errors
var_dump(@stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1), $errno, $errstr);
var_dump(@fsockopen("127.0.0.1", $port, $errno, $errstr, 1), $errno, $errstr);
echo error_get_last()['message'] === "fsockopen(): Unable to connect to 127.0.0.1:$port (Connection refused)" ? "same message\n" : "other message\n";
var_dump(stream_socket_client("tcp://127.0.0.1", $errno, $errstr), $errno, $errstr);
var_dump(stream_socket_client("nope://127.0.0.1:1", $errno, $errstr), $errno, $errstr);
var_dump(fsockopen("127.0.0.1", -1, $errno, $errstr), $errno, $errstr);
try {
    stream_socket_shutdown(STDIN, 7);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
int(0)
string(0) ""
bool(false)
int(1)
bool(true)
int(0)
string(22) "Address already in use"
bool(true)
int(0)
string(0) ""
bool(true)
bool(true)
bool(true)
int(25)
string(9) "line one
"
string(9) "line two
"
string(7) "partial"
string(3) "abc"
bool(true)
bool(false)
bool(true)
string(14) "tcp_socket/ssl"
string(2) "r+"
bool(false)
string(2) "mo"
string(2) "re"
bool(false)
string(5) "pong
"
int(1)
int(1)
bool(true)
string(1) "x"
bool(false)
string(4) "tail"
bool(true)
string(0) ""
int(1)

Notice: fwrite(): Send of 1 bytes failed with errno=32 Broken pipe in %s on line 54
bool(false)
bool(true)
int(0)
string(0) ""
string(14) "via fsockopen
"
string(0) ""
bool(true)

Warning: stream_socket_accept(): Accept failed: Connection timed out in %s on line 72
bool(false)
bool(false)
int(111)
string(18) "Connection refused"
bool(false)
int(111)
string(18) "Connection refused"
same message

Warning: stream_socket_client(): Unable to connect to tcp://127.0.0.1 (Failed to parse address "127.0.0.1") in %s on line 79
bool(false)
int(0)
string(35) "Failed to parse address "127.0.0.1""

Warning: stream_socket_client(): Unable to connect to nope://127.0.0.1:1 (Unable to find the socket transport "nope" - did you forget to enable it when you configured PHP?) in %s on line 80
bool(false)
int(0)
string(97) "Unable to find the socket transport "nope" - did you forget to enable it when you configured PHP?"

Warning: fsockopen(): Unable to connect to 127.0.0.1:-1 (Failed to parse address "127.0.0.1") in %s on line 81
bool(false)
int(0)
string(35) "Failed to parse address "127.0.0.1""
stream_socket_shutdown(): Argument #2 ($mode) must be one of STREAM_SHUT_RD, STREAM_SHUT_WR, or STREAM_SHUT_RDWR
