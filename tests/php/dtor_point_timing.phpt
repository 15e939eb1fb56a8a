--TEST--
Destructor timing at the points the compiler marks: overwrite by new, unset, = null, reassignment in loops, and points without pending destructors
--FILE--
<?php
class D {
    public function __construct(public string $n) { echo "make {$this->n}\n"; }
    public function __destruct() { echo "drop {$this->n}\n"; }
}
class Plain { public $v = 1; }

function overwrite() {
    $x = new D("a");
    $x = new D("b");          // a's last reference goes here
    echo "after overwrite\n";
    $x = null;                // b's
    echo "after null\n";
}
overwrite();

function unsets() {
    $x = new D("c");
    $y = $x;
    unset($x);                // $y still holds c
    echo "after first unset\n";
    unset($y);
    echo "after second unset\n";
}
unsets();

function loop() {
    for ($i = 0; $i < 3; $i++) {
        $o = new D("loop$i");
        echo "iteration $i\n";
    }
    echo "loop done\n";
}
loop();
echo "after loop\n";

function plain() {
    // no destructor anywhere in reach: the points cost nothing and change nothing
    for ($i = 0; $i < 1000; $i++) {
        $p = new Plain;
        unset($p);
    }
    return $i;
}
echo plain(), "\n";

$g = new D("global");
$g = new D("global2");
echo "end of script\n";
--EXPECT--
make a
make b
drop a
after overwrite
drop b
after null
make c
after first unset
drop c
after second unset
make loop0
iteration 0
make loop1
drop loop0
iteration 1
make loop2
drop loop1
iteration 2
loop done
drop loop2
after loop
1000
make global
make global2
drop global
end of script
drop global2
