<?php
// Python str and bytes both reach PHP as strings (str as its UTF-8 bytes).
function hex($s) { $h = ""; for ($i = 0; $i < strlen($s); $i++) $h .= sprintf("%02x", ord($s[$i])); return $h; }
$f = compile_py_func("def f():\n    return ['abc', b'abc', 'é', b'\\xe9\\x00z', '日本']");
foreach ($f() as $s) {
    echo gettype($s), " ", strlen($s), " ", hex($s), "\n";
}
$g = compile_py_func("def g(s): return s.upper()");
echo $g("mixed Case"), "\n";
$h = compile_py_func("def h(b): return b[::-1]");
echo hex($h("\x01\x02\xff")), "\n";
