<?php
class User {
    function __construct(public $first, public $last) {}
    function __get($n) { if ($n == "full") return $this->first . " " . $this->last; }
    function initials($sep = ".") { return $this->first[0] . $sep . $this->last[0] . $sep; }
}
$u = new User("Grace", "Hopper");
echo $u->full, "\n";
echo $u->initials(), " ", $u->initials("-"), "\n";
$u->first = "G.";
echo $u->full, "\n";
