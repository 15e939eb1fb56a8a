--TEST--
Destructors run where PHP's refcounts free objects: inside functions and on plain overwrites
--FILE--
<?php
class D {
    public $n;
    function __construct($n) { $this->n = $n; }
    function __destruct() { echo "dtor {$this->n}\n"; }
}
function mk($n) { return new D($n); }
function h() {
    mk(1);
    echo "after mk in h\n";
    $x = mk(2);
    $x = null;
    echo "h2\n";
    $y = [new D(3)];
    $y = [];
    echo "h3\n";
}
h();
$a = ['k' => new D(4)];
unset($a['k']);
echo "after unset dim\n";
$o = new stdClass;
$o->d = new D(5);
$o->d = 1;
echo "after prop overwrite\n";
$z = new D(6);
$z = 'str';
echo "after str\n";
function ret() { $t = new D(7); return 1; }
$r = ret() + 1;
echo "after ret\n";
$p = new D(8);
$q = new D(9);
$p = $q;
echo "after assign\n";
function k() { $a = new D(10); $a = new D(11); echo "k end\n"; }
k();
echo "end\n";
--EXPECT--
dtor 1
after mk in h
dtor 2
h2
dtor 3
h3
dtor 4
after unset dim
dtor 5
after prop overwrite
dtor 6
after str
dtor 7
after ret
dtor 8
after assign
dtor 10
k end
dtor 11
end
dtor 9
