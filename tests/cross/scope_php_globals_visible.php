<?php
// At top level, compile_py_func's free names resolve to PHP global variables, functions, constants.
$greeting = "hi";
const LIMIT = 3;
define("SEP", "-");
function shout($s) { return strtoupper($s) . "!"; }
$f = compile_py_func("def f(who): return SEP.join([shout(greeting)] * LIMIT) + ' ' + who");
echo $f("you"), "\n";
$greeting = "bye";
echo $f("all"), "\n";
