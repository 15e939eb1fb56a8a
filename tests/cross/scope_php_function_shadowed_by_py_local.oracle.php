<?php
function helper() { return "php helper"; }
function f() { $helper = fn() => 'py helper'; return $helper(); }
echo f(), "\n";
function g() { return helper(); }
echo g(), "\n";
