<?php
function total() { return "the function"; }
$total = "the variable";
function f() { global $total; return $total; }
echo f(), "\n";
function g() { return strtoupper('x'); }
echo g(), "\n";
