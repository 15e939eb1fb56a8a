--TEST--
A long-lived object waiting for its destructor does not make every statement collect: destructor points back off after collections that run nothing, and a drop still runs the destructor
--FILE--
<?php
class Conn {
    public $name;
    function __construct($name) { $this->name = $name; }
    function __destruct() { echo "closed {$this->name}\n"; }
}
function f($x) { return $x + 1; }
function work($n) {
    $data = [];
    for ($i = 0; $i < 2000; $i++) {
        $data[] = str_repeat("x", 10);
    }
    $s = 0;
    for ($i = 0; $i < $n; $i++) {
        f($i);
        $s += $i;
    }
    return $s;
}
$c = new Conn("main");
echo work(300000), "\n";
function scoped() {
    $t = new Conn("scoped");
    echo "in scoped\n";
}
scoped();
echo "after scoped\n";
$c = null;
echo "after drop\n";
$d = new Conn("last");
unset($d);
echo "end\n";
--EXPECT--
44999850000
in scoped
closed scoped
after scoped
closed main
after drop
closed last
end
