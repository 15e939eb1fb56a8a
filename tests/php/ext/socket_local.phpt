--TEST--
Sockets: stream_socket_pair, unix-domain servers, UDP datagrams, non-blocking reads
--FILE--
<?php
[$x, $y] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump(stream_get_meta_data($x)['stream_type']);
fwrite($x, "abc");
fwrite($y, "def");
var_dump(fread($y, 10), fread($x, 10));
var_dump(stream_set_blocking($y, false));
var_dump(fread($y, 10));                 // nothing there: empty, no wait
var_dump(stream_get_meta_data($y)['blocked'], stream_get_meta_data($y)['timed_out']);
var_dump(stream_set_blocking($y, true));
stream_socket_shutdown($x, STREAM_SHUT_WR);
var_dump(stream_get_contents($y), feof($y));
fclose($x); fclose($y);

// a unix-domain server in a private directory
$dir = sys_get_temp_dir() . "/socket_local-" . getmypid() . "-" . uniqid();
mkdir($dir);
$path = "$dir/s.sock";
$srv = stream_socket_server("unix://$path", $errno, $errstr);
var_dump(is_resource($srv), $errno, $errstr, file_exists($path));
var_dump(stream_get_meta_data($srv)['stream_type']);
var_dump(stream_socket_get_name($srv, false) === $path);
$c = stream_socket_client("unix://$path", $errno, $errstr, 1);
$a = stream_socket_accept($srv, 1);
fwrite($c, "over a unix socket\n");
var_dump(fgets($a));
fclose($c); fclose($a); fclose($srv);
unlink($path);
var_dump(@stream_socket_client("unix://$path", $errno, $errstr, 1) === false, $errno, $errstr === "No such file or directory");
rmdir($dir);

// UDP: a bound receiver and a connected sender
$rx = stream_socket_server("udp://127.0.0.1:0", $errno, $errstr, STREAM_SERVER_BIND);
var_dump(is_resource($rx), stream_get_meta_data($rx)['stream_type']);
$name = stream_socket_get_name($rx, false);
$tx = stream_socket_client("udp://$name", $errno, $errstr);
var_dump(fwrite($tx, "datagram one"));
var_dump(stream_socket_recvfrom($rx, 100, 0, $from));
var_dump($from === stream_socket_get_name($tx, false));
var_dump(stream_socket_sendto($rx, "reply", 0, $from));
var_dump(fread($tx, 100));
var_dump(stream_socket_sendto($tx, "peek me"));
var_dump(stream_socket_recvfrom($rx, 4, STREAM_PEEK), stream_socket_recvfrom($rx, 100));
fclose($tx); fclose($rx);

// stream_set_timeout answers false for a file
$f = fopen(__FILE__, "r");
var_dump(stream_set_timeout($f, 1));
fclose($f);
?>
--EXPECT--
string(14) "generic_socket"
string(3) "abc"
string(3) "def"
bool(true)
string(0) ""
bool(false)
bool(false)
bool(true)
string(0) ""
bool(true)
bool(true)
int(0)
string(0) ""
bool(true)
string(11) "unix_socket"
bool(true)
string(19) "over a unix socket
"
bool(true)
int(2)
bool(true)
bool(true)
string(10) "udp_socket"
int(12)
string(12) "datagram one"
bool(true)
int(5)
string(5) "reply"
int(7)
string(4) "peek"
string(7) "peek me"
bool(false)
