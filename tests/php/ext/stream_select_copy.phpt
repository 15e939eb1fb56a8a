--TEST--
stream_select on files (keys kept, null arrays, no arrays, negative timeout), stream_get_line with and without an ending, stream_copy_to_stream with length and offset
--FILE--
<?php
$a = tmpfile(); fwrite($a, "hello\nworld\r\nend"); rewind($a);
$b = tmpfile();
$r = ["x" => $a]; $w = ["y" => $b, "z" => $a]; $e = null;
var_dump(stream_select($r, $w, $e, 0), array_keys($r), array_keys($w), $e);
$r = []; $w = []; $e = [];
try { var_dump(stream_select($r, $w, $e, -1)); } catch (ValueError $x) { echo $x->getMessage(), "\n"; }
$n = null; try { stream_select($n, $n, $n, 0); } catch (ValueError $x) { echo $x->getMessage(), "\n"; }
var_dump(stream_get_line($a, 100, "\n"), stream_get_line($a, 3), stream_get_line($a, 100, "\r\n"), stream_get_line($a, 100, "\n"), stream_get_line($a, 100, "\n"));
rewind($a); var_dump(stream_copy_to_stream($a, $b), stream_copy_to_stream($a, $b));
rewind($a); var_dump(stream_copy_to_stream($a, $b, 5, 6)); rewind($b); var_dump(stream_get_contents($b));
--EXPECT--
int(3)
array(1) {
  [0]=>
  string(1) "x"
}
array(2) {
  [0]=>
  string(1) "y"
  [1]=>
  string(1) "z"
}
NULL
No stream arrays were passed
No stream arrays were passed
string(5) "hello"
string(3) "wor"
string(2) "ld"
string(3) "end"
bool(false)
int(16)
int(0)
int(5)
string(21) "hello
world
endworld"
