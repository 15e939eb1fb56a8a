--TEST--
json_encode flags (pretty print, escaping, numeric check, zero fraction, force object, partial output, invalid UTF-8), depth limits, json_decode options (assoc, bigint, depth, object-as-array), errors and JsonException, JsonSerializable, property visibility, object creation order
--FILE--
<?php
$data = ["a" => 1, "b" => [1, 2, 3], "c" => ["x" => null, "y" => true], "d" => "é\"/<>&'\u{1F600}", "e" => 1.0, "f" => 0.1, "g" => [], "h" => new stdClass, "i" => "12", "j" => -0.0, "k" => 1e100];
foreach ([0, JSON_PRETTY_PRINT, JSON_UNESCAPED_UNICODE, JSON_UNESCAPED_SLASHES, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT, JSON_NUMERIC_CHECK, JSON_PRESERVE_ZERO_FRACTION, JSON_FORCE_OBJECT, JSON_PARTIAL_OUTPUT_ON_ERROR, JSON_UNESCAPED_LINE_TERMINATORS | JSON_UNESCAPED_UNICODE] as $f) echo $f, ": ", json_encode($data, $f), "\n";
var_dump(json_encode([1 => 'a', 2 => 'b']), json_encode([0 => 'a', 1 => 'b']), json_encode("\xff"), json_last_error(), json_last_error_msg(), json_encode("\xff", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("a\xffb", JSON_INVALID_UTF8_IGNORE), json_encode(NAN), json_last_error_msg(), json_encode(INF, JSON_PARTIAL_OUTPUT_ON_ERROR));
$deep = []; $p = &$deep; for ($i = 0; $i < 10; $i++) { $p["x"] = []; $p = &$p["x"]; } unset($p);
var_dump(json_encode($deep, 0, 5), json_last_error_msg(), json_encode($deep, 0, 11) !== false);
$keep1 = [json_decode('{"a":{"b":[1,2,{"c":null}]},"d":1.5e3,"e":"\u00e9","f":12345678901234567890}'), json_decode('{"a":{"b":[1,2]}}', true), json_decode('[1,2', true), json_last_error(), json_last_error_msg()]; var_dump($keep1);
$keep2 = [json_decode('12345678901234567890', false, 512, JSON_BIGINT_AS_STRING), json_decode('{"0":1,"":2}'), json_decode('{"0":1,"":2}', true), json_decode('"\ud83d\ude00"'), json_decode('[[1]]', true, 1), json_last_error_msg(), json_decode(''), json_last_error_msg(), json_decode('{"a":1}', false, 512, JSON_OBJECT_AS_ARRAY), json_decode(' true '), json_decode('nul'), json_decode('"\x01"'), json_last_error_msg()]; var_dump($keep2);
try { json_decode('{', false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), "\n"; }
try { json_encode("\xff", JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getMessage(), " ", $e->getCode(), "\n"; }
try { json_decode('[]', false, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
class P implements JsonSerializable { function __construct(private $v) {} function jsonSerialize(): mixed { return ["v" => $this->v, "t" => gettype($this->v)]; } }
class Q { public $pub = 1; protected $pro = 2; private $pri = 3; public $n = null; }
var_dump(json_encode([new P(5), new P([1]), new Q]), json_encode(new P(new P("x"))));
--EXPECT--
0: {"a":1,"b":[1,2,3],"c":{"x":null,"y":true},"d":"\u00e9\"\/<>&'\ud83d\ude00","e":1,"f":0.1,"g":[],"h":{},"i":"12","j":-0,"k":1.0e+100}
128: {
    "a": 1,
    "b": [
        1,
        2,
        3
    ],
    "c": {
        "x": null,
        "y": true
    },
    "d": "\u00e9\"\/<>&'\ud83d\ude00",
    "e": 1,
    "f": 0.1,
    "g": [],
    "h": {},
    "i": "12",
    "j": -0,
    "k": 1.0e+100
}
256: {"a":1,"b":[1,2,3],"c":{"x":null,"y":true},"d":"é\"\/<>&'😀","e":1,"f":0.1,"g":[],"h":{},"i":"12","j":-0,"k":1.0e+100}
64: {"a":1,"b":[1,2,3],"c":{"x":null,"y":true},"d":"\u00e9\"/<>&'\ud83d\ude00","e":1,"f":0.1,"g":[],"h":{},"i":"12","j":-0,"k":1.0e+100}
15: {"a":1,"b":[1,2,3],"c":{"x":null,"y":true},"d":"\u00e9\u0022\/\u003C\u003E\u0026\u0027\ud83d\ude00","e":1,"f":0.1,"g":[],"h":{},"i":"12","j":-0,"k":1.0e+100}
32: {"a":1,"b":[1,2,3],"c":{"x":null,"y":true},"d":"\u00e9\"\/<>&'\ud83d\ude00","e":1,"f":0.1,"g":[],"h":{},"i":12,"j":-0,"k":1.0e+100}
1024: {"a":1,"b":[1,2,3],"c":{"x":null,"y":true},"d":"\u00e9\"\/<>&'\ud83d\ude00","e":1.0,"f":0.1,"g":[],"h":{},"i":"12","j":-0.0,"k":1.0e+100}
16: {"a":1,"b":{"0":1,"1":2,"2":3},"c":{"x":null,"y":true},"d":"\u00e9\"\/<>&'\ud83d\ude00","e":1,"f":0.1,"g":{},"h":{},"i":"12","j":-0,"k":1.0e+100}
512: {"a":1,"b":[1,2,3],"c":{"x":null,"y":true},"d":"\u00e9\"\/<>&'\ud83d\ude00","e":1,"f":0.1,"g":[],"h":{},"i":"12","j":-0,"k":1.0e+100}
2304: {"a":1,"b":[1,2,3],"c":{"x":null,"y":true},"d":"é\"\/<>&'😀","e":1,"f":0.1,"g":[],"h":{},"i":"12","j":-0,"k":1.0e+100}
string(17) "{"1":"a","2":"b"}"
string(9) "["a","b"]"
bool(false)
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(8) ""\ufffd""
string(4) ""ab""
bool(false)
string(34) "Inf and NaN cannot be JSON encoded"
string(1) "0"
bool(false)
string(28) "Maximum stack depth exceeded"
bool(true)
array(5) {
  [0]=>
  object(stdClass)#4 (4) {
    ["a"]=>
    object(stdClass)#3 (1) {
      ["b"]=>
      array(3) {
        [0]=>
        int(1)
        [1]=>
        int(2)
        [2]=>
        object(stdClass)#2 (1) {
          ["c"]=>
          NULL
        }
      }
    }
    ["d"]=>
    float(1500)
    ["e"]=>
    string(2) "é"
    ["f"]=>
    float(1.2345678901234567E+19)
  }
  [1]=>
  array(1) {
    ["a"]=>
    array(1) {
      ["b"]=>
      array(2) {
        [0]=>
        int(1)
        [1]=>
        int(2)
      }
    }
  }
  [2]=>
  NULL
  [3]=>
  int(4)
  [4]=>
  string(12) "Syntax error"
}
array(13) {
  [0]=>
  string(20) "12345678901234567890"
  [1]=>
  object(stdClass)#5 (2) {
    ["0"]=>
    int(1)
    [""]=>
    int(2)
  }
  [2]=>
  array(2) {
    [0]=>
    int(1)
    [""]=>
    int(2)
  }
  [3]=>
  string(4) "😀"
  [4]=>
  NULL
  [5]=>
  string(28) "Maximum stack depth exceeded"
  [6]=>
  NULL
  [7]=>
  string(12) "Syntax error"
  [8]=>
  object(stdClass)#6 (1) {
    ["a"]=>
    int(1)
  }
  [9]=>
  bool(true)
  [10]=>
  NULL
  [11]=>
  NULL
  [12]=>
  string(12) "Syntax error"
}
JsonException Syntax error 4
Malformed UTF-8 characters, possibly incorrectly encoded 5
json_decode(): Argument #3 ($depth) must be greater than 0
string(64) "[{"v":5,"t":"integer"},{"v":[1],"t":"array"},{"pub":1,"n":null}]"
string(41) "{"v":{"v":"x","t":"string"},"t":"object"}"
