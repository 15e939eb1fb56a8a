--TEST--
user stream wrappers: stream_wrapper_register, fopen/fwrite/fgets/fread/fseek/ftell/feof/fclose through the wrapper, file_get_contents and file_put_contents (stream_stat warning), append mode, a failing stream_open, duplicate and bad registrations, unregister and restore, stream_get_wrappers
--FILE--
<?php
class VariableStream {
    private $position; private $varname; public $context;
    function stream_open($path, $mode, $options, &$opened_path) {
        $url = parse_url($path); $this->varname = $url["host"]; $this->position = 0;
        if (!isset($GLOBALS[$this->varname])) $GLOBALS[$this->varname] = "";
        if (str_contains($mode, "w")) $GLOBALS[$this->varname] = "";
        if (str_contains($mode, "a")) $this->position = strlen($GLOBALS[$this->varname]);
        return true;
    }
    function stream_read($count) { $ret = substr($GLOBALS[$this->varname], $this->position, $count); $this->position += strlen($ret); return $ret; }
    function stream_write($data) { $l = strlen($data); $v = &$GLOBALS[$this->varname]; $v = substr($v, 0, $this->position) . $data . substr($v, $this->position + $l); $this->position += $l; return $l; }
    function stream_tell() { return $this->position; }
    function stream_eof() { return $this->position >= strlen($GLOBALS[$this->varname]); }
    function stream_seek($offset, $whence) {
        $len = strlen($GLOBALS[$this->varname]);
        $p = match ($whence) { SEEK_SET => $offset, SEEK_CUR => $this->position + $offset, SEEK_END => $len + $offset };
        if ($p < 0) return false; $this->position = $p; return true;
    }
    function stream_close() { echo "[close {$this->varname}]\n"; }
}
var_dump(stream_wrapper_register("var", "VariableStream"));
var_dump(in_array("var", stream_get_wrappers()));
$myvar = "";
$fp = fopen("var://myvar", "r+");
fwrite($fp, "line1\n"); fwrite($fp, "line2\n"); fwrite($fp, "line3\n");
rewind($fp);
while (($l = fgets($fp)) !== false) echo "got: $l";
var_dump(feof($fp)); fseek($fp, 2); var_dump(fread($fp, 3), ftell($fp));
fclose($fp);
var_dump($myvar);
file_put_contents("var://other", "hello world");
var_dump($other, file_get_contents("var://other"));
$fp = fopen("var://other", "a"); fwrite($fp, "!"); fclose($fp); var_dump($other);
var_dump(file_get_contents("var://myvar"));
var_dump(stream_wrapper_register("var", "VariableStream"), stream_wrapper_register("file", "VariableStream"), stream_wrapper_register("x", "Nope"));
class Failing { function stream_open($p, $m, $o, &$op) { return false; } }
stream_wrapper_register("fail", "Failing"); var_dump(@fopen("fail://x", "r"));
var_dump(stream_wrapper_unregister("var"), @file_get_contents("var://myvar"), stream_wrapper_unregister("nope"), stream_wrapper_restore("nope"), stream_wrapper_restore("file"));
--EXPECTF--
bool(true)
bool(true)
got: line1
got: line2
got: line3
bool(true)
string(3) "ne1"
int(5)
[close myvar]
string(18) "line1
line2
line3
"
[close other]

Warning: file_get_contents(): VariableStream::stream_stat is not implemented! in %s on line 33
[close other]
string(11) "hello world"
string(11) "hello world"
[close other]
string(12) "hello world!"

Warning: file_get_contents(): VariableStream::stream_stat is not implemented! in %s on line 35
[close myvar]
string(18) "line1
line2
line3
"

Warning: stream_wrapper_register(): Protocol var:// is already defined. in %s on line 36

Warning: stream_wrapper_register(): Protocol file:// is already defined. in %s on line 36

Fatal error: Uncaught TypeError: stream_wrapper_register(): Argument #2 ($class) must be a valid class name, Nope given in %s:36
Stack trace:
#0 %s(36): stream_wrapper_register('x', 'Nope')
#1 {main}
  thrown in %s on line 36
[exit 255: ]
