<?php
// Binary PHP strings survive a round trip through Python unchanged (bytes there, string here).
$id = compile_py_func("def ident(x): return x");
$kind = compile_py_func("def kind(x): return type(x).__name__");
foreach (["\x00\x01\xfe\xff", "ascii", "ümlaut", "\xc3", str_repeat("\xab", 1000)] as $s) {
    $back = $id($s);
    echo $kind($s), " ", strlen($back), " ", $back === $s ? "same" : "different", "\n";
}
