--TEST--
streams: fsync/fdatasync, stream_supports_lock, buffer/blocking/timeout/chunk-size setters, stream_isatty, stream_is_local, stream_get_transports, stream_resolve_include_path, linkinfo
--FILE--
<?php
$d = sys_get_temp_dir() . "/sopts-" . getmypid() . "-" . uniqid(); mkdir($d);
$f = fopen("$d/a", "w+");
$m = fopen("php://memory", "r+");
$t = fopen("php://temp", "r+");
var_dump(fsync($f), fdatasync($f), fsync($m));
var_dump(stream_supports_lock($f), stream_supports_lock($m), stream_supports_lock($t));
var_dump(stream_set_write_buffer($f, 0), set_file_buffer($f, 100), stream_set_read_buffer($f, 0), stream_set_write_buffer($m, 0));
var_dump(stream_set_blocking($f, false), socket_set_blocking($f, true), stream_set_blocking($m, true));
var_dump(stream_set_timeout($f, 1), socket_set_timeout($f, 1, 5));
var_dump(stream_isatty($f), stream_isatty($m));
var_dump(stream_is_local($f), stream_is_local($m), stream_is_local("http://x"), stream_is_local("/etc"), stream_is_local("data:,x"), stream_is_local("compress.zlib://x"));
var_dump(stream_set_chunk_size($f, 100), stream_set_chunk_size($f, 50), stream_set_chunk_size($m, 10));
try { stream_set_chunk_size($f, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(stream_get_transports());
var_dump(stream_resolve_include_path("nonexistent-file"), stream_resolve_include_path(basename(__FILE__)) === __FILE__);
var_dump(linkinfo("$d/a") > 0, @linkinfo("$d/none"));
linkinfo("$d/none");
var_dump(fsync(STDIN));
fclose($f); unlink("$d/a"); rmdir($d);
--EXPECTF--

Warning: fsync(): Can't fsync this stream! in %s on line 6
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
int(0)
int(0)
int(0)
int(-1)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
int(8192)
int(100)
int(8192)
stream_set_chunk_size(): Argument #2 ($size) must be greater than 0
array(10) {
  [0]=>
  string(3) "tcp"
  [1]=>
  string(3) "udp"
  [2]=>
  string(4) "unix"
  [3]=>
  string(3) "udg"
  [4]=>
  string(3) "ssl"
  [5]=>
  string(3) "tls"
  [6]=>
  string(7) "tlsv1.0"
  [7]=>
  string(7) "tlsv1.1"
  [8]=>
  string(7) "tlsv1.2"
  [9]=>
  string(7) "tlsv1.3"
}
bool(false)
bool(true)
bool(true)
int(-1)

Warning: linkinfo(): No such file or directory in %s on line 18
bool(false)
