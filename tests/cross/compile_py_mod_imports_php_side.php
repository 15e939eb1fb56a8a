<?php
// Code in a compile_py_mod module calls PHP functions and classes by name (PHP globals).
function php_slug($s) { return strtolower(str_replace(" ", "-", trim($s))); }
class Page { function __construct(public $title) {} }
$m = compile_py_mod("site", <<<'PY'
def slugs(titles):
    return [php_slug(t) for t in titles.values()]
def page(title):
    return Page(title.title())
PY);
foreach ($m->slugs(["Hello World", " Big News "]) as $s) echo $s, "\n";
$p = $m->page("about us");
echo get_class($p), ": ", $p->title, "\n";
