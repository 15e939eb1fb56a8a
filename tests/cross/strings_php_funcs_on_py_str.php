<?php
// PHP string functions on strings produced by Python work on their UTF-8 bytes.
$s = compile_py_func("def s(): return 'naïve café'")();
echo strlen($s), "\n";
echo strtoupper($s), "\n";
echo substr($s, 0, 3), "|", str_replace("café", "bar", $s), "\n";
echo ucfirst($s), " ", strrev("abc"), "\n";
$n = compile_py_func("def n(s): return len(s)");
echo $n($s), "\n";
