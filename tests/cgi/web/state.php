<?php
// What one request leaves must be gone in the next (FastCGI workers are reused).
echo isset($counter) ? "global survived\n" : "global fresh\n";
echo function_exists('declared_here') ? "function survived\n" : "function fresh\n";
echo class_exists('DeclaredHere') ? "class survived\n" : "class fresh\n";
echo defined('DECLARED_HERE') ? "constant survived\n" : "constant fresh\n";
echo isset($_GET['leak']) ? "GET leaked\n" : "GET fresh\n";
echo ob_get_level(), " buffers\n";
$counter = 1;
if (true) { // conditional: declared when this line runs, not hoisted
    function declared_here() { static $n = 0; return ++$n; }
    class DeclaredHere {}
}
define('DECLARED_HERE', 1);
$_GET['leak'] = 1;
echo declared_here(), "\n";
ob_start();
echo "left in a buffer\n";
