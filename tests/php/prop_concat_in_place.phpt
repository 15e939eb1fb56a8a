--TEST--
$obj->prop .= x appends in place: every copy taken before (reads, clones, arrays, references, arguments) keeps its value
--FILE--
<?php
class B {
    public $s = "";
    public string $t = "t";
    public $n = 1;
    public function add($x) { $this->s .= $x; return $this; }
    public function get() { return $this->s; }
    public function both() { return $this->s . $this->add("!")->s; }
}
$b = new B;
for ($i = 0; $i < 5; $i++) { $b->s .= "ab"; $b->t .= $i; }
$copy = $b->s;
$b->s .= "X";
var_dump($copy, $b->s, $b->t);
$c = clone $b;
$b->s .= "Y";
$c->s .= "Z";
var_dump($b->s, $c->s);
$vars = get_object_vars($b);
$arr = (array)$b;
$b->s .= "W";
var_dump($vars["s"], $arr["s"], $b->s);
$got = $b->get();
$b->add("V");
var_dump($got, $b->s);
echo $b->both(), "\n";
$b->s = "q";
$b->s .= "r";
$list = [$b->s];
$b->s .= "s";
var_dump($list[0], $b->s);
function take($x) { global $b; $b->s .= "t"; return $x; }
var_dump(take($b->s), $b->s);
$r = &$b->s;
$b->s .= "u";
$r .= "v";
var_dump($b->s, $r);
unset($r);
$b->s .= "w";
foreach ($b as $k => $v) { if ($k == "s") { $b->s .= "x"; var_dump($v); } }
var_dump($b->s);
$b->n .= "1";
$b->n .= 2;
var_dump($b->n);
$ser = serialize($b);
$b->s .= "y";
var_dump(unserialize($ser)->s, $b->s, json_encode($b));
$i = "{$b->s}";
$b->s .= "z";
var_dump($i, $b->s);
$t = $b->t;
$b->t .= 5;
var_dump($t, $b->t);
$o = new stdClass;
$o->a = "a";
for ($i = 0; $i < 4; $i++) { $o->{"k$i"} = "v"; $o->{"k$i"} .= $i; $o->a .= $i; }
print_r($o);
--EXPECT--
string(10) "ababababab"
string(11) "abababababX"
string(6) "t01234"
string(12) "abababababXY"
string(12) "abababababXZ"
string(12) "abababababXY"
string(12) "abababababXY"
string(13) "abababababXYW"
string(13) "abababababXYW"
string(14) "abababababXYWV"
abababababXYWVabababababXYWV!
string(2) "qr"
string(3) "qrs"
string(3) "qrs"
string(4) "qrst"
string(6) "qrstuv"
string(6) "qrstuv"
string(7) "qrstuvw"
string(8) "qrstuvwx"
string(3) "112"
string(8) "qrstuvwx"
string(9) "qrstuvwxy"
string(40) "{"s":"qrstuvwxy","t":"t01234","n":"112"}"
string(9) "qrstuvwxy"
string(10) "qrstuvwxyz"
string(6) "t01234"
string(7) "t012345"
stdClass Object
(
    [a] => a0123
    [k0] => v0
    [k1] => v1
    [k2] => v2
    [k3] => v3
)
