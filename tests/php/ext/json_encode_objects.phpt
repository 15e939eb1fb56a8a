--TEST--
json_encode of objects: stdClass and classes without declared properties read from their slots (unset, dynamic, references, more than 32 attributes, NUL-led and numeric names), declared visibility, JsonSerializable changing objects, recursion and depth
--FILE--
<?php
#[AllowDynamicProperties]
class Plain {}
class Decl { public $a = 1; protected $b = 2; private $c = 3; public $d; }
class Ser implements JsonSerializable { public $x = 1; function jsonSerialize(): mixed { return $this; } }
class Ser2 implements JsonSerializable { function __construct(public $o) {} function jsonSerialize(): mixed { unset($this->o->b); $this->o->z = 9; return ['o' => $this->o]; } }
$o = new stdClass; $o->a = 1; $o->b = [1, 2]; $o->c = new stdClass; $o->c->d = "x"; $o->e = null;
echo json_encode($o), "\n", json_encode($o, JSON_PRETTY_PRINT), "\n";
unset($o->b); echo json_encode($o), "\n";
$p = new Plain; $p->q = 1; $p->r = [$o]; echo json_encode($p), "\n";
$d = new Decl; $d->dyn = 5; echo json_encode($d), "\n"; unset($d->a); echo json_encode($d), "\n";
echo json_encode(new Ser), "\n";
$t = new stdClass; $t->a = 1; $t->b = 2; $t->c = 3; echo json_encode([new Ser2($t), $t]), "\n";
$big = new stdClass; for ($i = 0; $i < 40; $i++) $big->{"p$i"} = $i; echo json_encode($big), "\n";
$n = (object)["\0a" => 1, "b" => 2, "" => 3, "5" => 4]; echo json_encode($n), " ", json_last_error(), "\n";
$r = new stdClass; $r->self = $r; var_dump(json_encode($r), json_last_error_msg()); echo json_encode($r, JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
$v = 10; $ref = new stdClass; $ref->v = &$v; $v = 11; echo json_encode($ref), "\n";
echo json_encode(new stdClass), json_encode([new stdClass]), json_encode((object)[]), "\n";
echo json_encode(json_decode('{"a":{"b":{"c":[1,{"d":2}]}}}'), JSON_PRETTY_PRINT | JSON_FORCE_OBJECT), "\n";
$deep = new stdClass; $cur = $deep; for ($i = 0; $i < 5; $i++) { $cur->n = new stdClass; $cur = $cur->n; }
var_dump(json_encode($deep, 0, 3), json_last_error_msg());
--EXPECTF--
{"a":1,"b":[1,2],"c":{"d":"x"},"e":null}
{
    "a": 1,
    "b": [
        1,
        2
    ],
    "c": {
        "d": "x"
    },
    "e": null
}
{"a":1,"c":{"d":"x"},"e":null}
{"q":1,"r":[{"a":1,"c":{"d":"x"},"e":null}]}

Deprecated: Creation of dynamic property Decl::$dyn is deprecated in %s on line 11
{"a":1,"d":null,"dyn":5}
{"d":null,"dyn":5}
{"x":1}
[{"o":{"a":1,"c":3,"z":9}},{"a":1,"c":3,"z":9}]
{"p0":0,"p1":1,"p2":2,"p3":3,"p4":4,"p5":5,"p6":6,"p7":7,"p8":8,"p9":9,"p10":10,"p11":11,"p12":12,"p13":13,"p14":14,"p15":15,"p16":16,"p17":17,"p18":18,"p19":19,"p20":20,"p21":21,"p22":22,"p23":23,"p24":24,"p25":25,"p26":26,"p27":27,"p28":28,"p29":29,"p30":30,"p31":31,"p32":32,"p33":33,"p34":34,"p35":35,"p36":36,"p37":37,"p38":38,"p39":39}
{"b":2,"":3,"5":4} 0
bool(false)
string(18) "Recursion detected"
{"self":null}
{"v":11}
{}[{}]{}
{
    "a": {
        "b": {
            "c": {
                "0": 1,
                "1": {
                    "d": 2
                }
            }
        }
    }
}
bool(false)
string(28) "Maximum stack depth exceeded"
