--TEST--
json_encode: scalars, floats, lists and maps, objects, JsonSerializable, every flag, errors
--FILE--
<?php
foreach ([null, true, false, 0, -42, PHP_INT_MAX, 0.1, 1.0, -0.0, 1e25, 1.5e-9, 100.0, 3.0e15, 'a"b\\c/d', "tab\t nl\n cr\r bs\x08 ff\x0c \x01 \x1f", '<a href=\'x\'>&amp;</a>', 'héllo €', "\u{1F600}", "\u{2028}\u{2029}", '', '0123', '12', '1.5e3', ' 7'] as $v) {
    echo json_encode($v), " | ", json_encode($v, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_NUMERIC_CHECK | JSON_PRESERVE_ZERO_FRACTION), "\n";
}
echo json_encode("\u{2028}", JSON_UNESCAPED_UNICODE), json_encode("\u{2028}", JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS), "\n";
echo json_encode([1, 2, 3]), json_encode([1 => 1, 2 => 2]), json_encode([]), json_encode([], JSON_FORCE_OBJECT), json_encode([1, [2]], JSON_FORCE_OBJECT), "\n";
echo json_encode(['a' => 1, 'b' => [true, null], 5 => 'x', '' => 'empty']), "\n";
$l = [3 => 'a']; unset($l[3]); $l[] = 'b';
echo json_encode($l), json_encode(array_values($l)), "\n";
class P { public $pub = 1; protected $pro = 2; private $pri = 3; public $arr = ['k' => 'v']; public $n; }
$o = new P; $o->dyn = 'd';
echo json_encode($o), json_encode(new stdClass), json_encode((object)['1' => 'one', 'x' => []]), "\n";
class S implements JsonSerializable {
    function __construct(private $v) {}
    function jsonSerialize(): mixed { return $this->v; }
}
echo json_encode([new S(1), new S(['x' => new S('y')]), new S(null), new S(new P)]), "\n";
class Me implements JsonSerializable { public $a = 1; function jsonSerialize(): mixed { return $this; } }
echo json_encode(new Me), "\n";
echo json_encode(['a' => 1, 'b' => [1, 2], 'c' => [], 'd' => new stdClass, 'e' => ['x' => ['y' => 'z']]], JSON_PRETTY_PRINT), "\n";
echo json_encode([[]], JSON_PRETTY_PRINT), json_encode([], JSON_PRETTY_PRINT), "\n";
var_dump(json_encode("a\xffb"), json_last_error(), json_last_error_msg());
var_dump(json_encode("a\xffb", JSON_INVALID_UTF8_IGNORE), json_encode("a\xffb", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("a\xffb", JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE));
var_dump(json_encode(["a\xffb", 'ok'], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode(["k\xff" => 1], JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(json_encode([NAN]), json_last_error_msg(), json_encode([INF, 1], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode([[1]], 0, 1), json_last_error_msg(), json_encode([[1]], 0, 2), json_encode([[1]], JSON_PARTIAL_OUTPUT_ON_ERROR, 1));
$r = new stdClass; $r->self = $r;
var_dump(json_encode($r), json_last_error_msg(), json_encode($r, JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(json_encode(1), json_last_error());
try { json_encode("\xff", JSON_THROW_ON_ERROR); } catch (JsonException $e) { var_dump(get_class($e), $e->getMessage(), $e->getCode()); }
var_dump(json_last_error());
class Thrower implements JsonSerializable { function jsonSerialize(): mixed { throw new RuntimeException('nope'); } }
try { json_encode([1, new Thrower]); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump(json_encode(function () {}));
var_dump(JSON_HEX_TAG, JSON_HEX_AMP, JSON_HEX_APOS, JSON_HEX_QUOT, JSON_FORCE_OBJECT, JSON_NUMERIC_CHECK,
         JSON_UNESCAPED_SLASHES, JSON_PRETTY_PRINT, JSON_UNESCAPED_UNICODE, JSON_PARTIAL_OUTPUT_ON_ERROR,
         JSON_PRESERVE_ZERO_FRACTION, JSON_UNESCAPED_LINE_TERMINATORS, JSON_OBJECT_AS_ARRAY, JSON_BIGINT_AS_STRING,
         JSON_INVALID_UTF8_IGNORE, JSON_INVALID_UTF8_SUBSTITUTE, JSON_THROW_ON_ERROR, JSON_ERROR_NONE, JSON_ERROR_DEPTH,
         JSON_ERROR_STATE_MISMATCH, JSON_ERROR_CTRL_CHAR, JSON_ERROR_SYNTAX, JSON_ERROR_UTF8, JSON_ERROR_RECURSION,
         JSON_ERROR_INF_OR_NAN, JSON_ERROR_UNSUPPORTED_TYPE, JSON_ERROR_INVALID_PROPERTY_NAME, JSON_ERROR_UTF16);
--EXPECTF--
null | null
true | true
false | false
0 | 0
-42 | -42
9223372036854775807 | 9223372036854775807
0.1 | 0.1
1 | 1.0
-0 | -0.0
1.0e+25 | 1.0e+25
1.5e-9 | 1.5e-9
100 | 100.0
3000000000000000 | 3000000000000000.0
"a\"b\\c\/d" | "a\u0022b\\c/d"
"tab\t nl\n cr\r bs\b ff\f \u0001 \u001f" | "tab\t nl\n cr\r bs\b ff\f \u0001 \u001f"
"<a href='x'>&amp;<\/a>" | "\u003Ca href=\u0027x\u0027\u003E\u0026amp;\u003C/a\u003E"
"h\u00e9llo \u20ac" | "héllo €"
"\ud83d\ude00" | "😀"
"\u2028\u2029" | "\u2028\u2029"
"" | ""
"0123" | 123
"12" | 12
"1.5e3" | 1500.0
" 7" | 7
"\u2028"" "
[1,2,3]{"1":1,"2":2}[]{}{"0":1,"1":{"0":2}}
{"a":1,"b":[true,null],"5":"x","":"empty"}
{"4":"b"}["b"]

Deprecated: Creation of dynamic property P::$dyn is deprecated in %s on line 11
{"pub":1,"arr":{"k":"v"},"n":null,"dyn":"d"}{}{"1":"one","x":[]}
[1,{"x":"y"},null,{"pub":1,"arr":{"k":"v"},"n":null}]
{"a":1}
{
    "a": 1,
    "b": [
        1,
        2
    ],
    "c": [],
    "d": {},
    "e": {
        "x": {
            "y": "z"
        }
    }
}
[
    []
][]
bool(false)
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(4) ""ab""
string(10) ""a\ufffdb""
string(7) ""a�b""
string(11) "[null,"ok"]"
int(5)
string(6) "{"":1}"
bool(false)
string(34) "Inf and NaN cannot be JSON encoded"
string(5) "[0,1]"
int(7)
bool(false)
string(28) "Maximum stack depth exceeded"
string(5) "[[1]]"
string(5) "[[1]]"
bool(false)
string(18) "Recursion detected"
string(13) "{"self":null}"
string(1) "1"
int(0)
string(13) "JsonException"
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
int(5)
int(0)
nope
string(2) "{}"
int(1)
int(2)
int(4)
int(8)
int(16)
int(32)
int(64)
int(128)
int(256)
int(512)
int(1024)
int(2048)
int(1)
int(2)
int(1048576)
int(2097152)
int(4194304)
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
int(7)
int(8)
int(9)
int(10)
