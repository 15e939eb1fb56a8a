--TEST--
objects: __destruct at the points where PHP's refcounts free objects (null, unset, reassignment, end of a call, containers, loops)
--FILE--
<?php
class D {
    function __construct(public $n) { echo "ctor $n\n"; }
    function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new D(1);
$a = null;
echo "after null\n";
$b = new D(2);
unset($b);
echo "after unset\n";
$c = new D(3);
$c = new D(4);
echo "after reassign\n";
function f() { $l = new D('local'); echo "in f\n"; }
f();
echo "after f\n";
function g() { $l = new D('returned'); return $l; }
$r = g();
echo "kept ", $r->n, "\n";
$r = null;
echo "after r\n";
$o = new stdClass;
$o->d = new D('member');
$o = null;
echo "after container\n";
$list = [new D('e0'), new D('e1')];
unset($list[0]);
echo "after element\n";
$list = null;
echo "after list\n";
$x = new D('shared');
$y = $x;
$x = null;
echo "still shared\n";
$y = null;
echo "after shared\n";
$cl = clone new D('orig');
echo "cloned\n";
$cl->n = 'clone';
$cl = null;
echo "after clone\n";
for ($i = 0; $i < 3; $i++) {
    $it = new D("loop$i");
}
echo "after loop\n";
class Holder { public $d; function __construct() { $this->d = new D('held'); } function __destruct() { echo "holder dtor\n"; } }
$h = new Holder;
$h = null;
echo "after holder\n";
function inner() { $t = new D("inner"); $t = null; }
function outer() { inner(); echo "back in outer\n"; $u = new D('outer'); $u = null; echo "outer done\n"; }
outer();
echo "end\n";
--EXPECT--
ctor 1
dtor 1
after null
ctor 2
dtor 2
after unset
ctor 3
ctor 4
dtor 3
after reassign
ctor local
in f
dtor local
after f
ctor returned
kept returned
dtor returned
after r
ctor member
dtor member
after container
ctor e0
ctor e1
dtor e0
after element
dtor e1
after list
ctor shared
still shared
dtor shared
after shared
ctor orig
dtor orig
cloned
dtor clone
after clone
ctor loop0
ctor loop1
dtor loop0
ctor loop2
dtor loop1
after loop
ctor held
holder dtor
dtor held
after holder
ctor inner
dtor inner
back in outer
ctor outer
dtor outer
outer done
end
dtor loop2
dtor 4
