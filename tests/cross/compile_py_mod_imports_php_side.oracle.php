<?php
function php_slug($s) { return strtolower(str_replace(" ", "-", trim($s))); }
class Page { function __construct(public $title) {} }
function slugs($titles) { return array_map('php_slug', array_values($titles)); }
function page($title) { return new Page(ucwords($title)); }
foreach (slugs(["Hello World", " Big News "]) as $s) echo $s, "\n";
$p = page("about us");
echo get_class($p), ": ", $p->title, "\n";
