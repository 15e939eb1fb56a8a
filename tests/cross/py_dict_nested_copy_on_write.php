<?php
// Nested Python containers in PHP: writing into a nested element copies in PHP; Python keeps its data.
$m = compile_py_mod("nestmod", "data = {'tags': ['a', 'b'], 'meta': {'v': 1}}\ndef show(): return repr(data)");
$d = $m->data;
$d["tags"][] = "c";
$d["meta"]["v"] = 2;
echo count($d["tags"]), " ", $d["meta"]["v"], "\n";
echo $m->show(), "\n";
