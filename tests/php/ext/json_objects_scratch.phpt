--TEST--
json_decode into stdClass objects (keys shared and interned across a document, repeated keys, empty and NUL-led names) and escaped strings decoded through one scratch buffer; json_encode of documents of changing sizes
--FILE--
<?php
$doc = '[{"id":1,"name":"a\"b","k":{"id":2,"":3,"id":4}},{"id":5,"name":"\u00e9t\u00e9 \ud83d\ude00","k":{}},'
     . '{"name":"\\\\\/\b\f\n\r\t","id":6,"long key long key long key!":"x"},{"\u0041":"plain then \u0042"}]';
var_dump(json_decode($doc));
var_dump(json_decode($doc, true));
var_dump(json_decode('{"a":1,"\u0000b":2}'), json_last_error_msg());
var_dump(json_decode('{"a":"x\u0000y","b":"\xff"}', false, 512, JSON_INVALID_UTF8_IGNORE));
var_dump(json_decode('["\xff\xfe"]', true, 512, JSON_INVALID_UTF8_IGNORE), json_decode('["ok", "bad \x01"]'), json_last_error());
$objs = json_decode(str_repeat('{"x":1,"y":{"x":2}},', 50) . '{"x":3}');
var_dump($objs);
$objs = json_decode('[' . str_repeat('{"x":1,"y":{"x":2}},', 50) . '{"x":3}]');
echo count($objs), " ", $objs[49]->y->x, " ", $objs[50]->x, "\n";
foreach ([1, 1000, 3, 200, 200, 5000, 2] as $n) {
    $s = json_encode(array_fill(0, $n, ["k" => "v\"", "n" => 1.5]), JSON_PRETTY_PRINT);
    echo $n, " ", strlen($s), " ", md5($s), "\n";
}
--EXPECT--
array(4) {
  [0]=>
  object(stdClass)#1 (3) {
    ["id"]=>
    int(1)
    ["name"]=>
    string(3) "a"b"
    ["k"]=>
    object(stdClass)#2 (2) {
      ["id"]=>
      int(4)
      [""]=>
      int(3)
    }
  }
  [1]=>
  object(stdClass)#3 (3) {
    ["id"]=>
    int(5)
    ["name"]=>
    string(10) "été 😀"
    ["k"]=>
    object(stdClass)#4 (0) {
    }
  }
  [2]=>
  object(stdClass)#5 (3) {
    ["name"]=>
    string(7) "\/
	"
    ["id"]=>
    int(6)
    ["long key long key long key!"]=>
    string(1) "x"
  }
  [3]=>
  object(stdClass)#6 (1) {
    ["A"]=>
    string(12) "plain then B"
  }
}
array(4) {
  [0]=>
  array(3) {
    ["id"]=>
    int(1)
    ["name"]=>
    string(3) "a"b"
    ["k"]=>
    array(2) {
      ["id"]=>
      int(4)
      [""]=>
      int(3)
    }
  }
  [1]=>
  array(3) {
    ["id"]=>
    int(5)
    ["name"]=>
    string(10) "été 😀"
    ["k"]=>
    array(0) {
    }
  }
  [2]=>
  array(3) {
    ["name"]=>
    string(7) "\/
	"
    ["id"]=>
    int(6)
    ["long key long key long key!"]=>
    string(1) "x"
  }
  [3]=>
  array(1) {
    ["A"]=>
    string(12) "plain then B"
  }
}
NULL
string(36) "The decoded property name is invalid"
NULL
NULL
NULL
int(4)
NULL
51 2 3
1 52 9939b319333967b5d0c323d9a49a013a
1000 50002 186d7ed6a8c44518ae4ef8b4b99de8bc
3 152 210f987821d93a9e1e472699cf6d7251
200 10002 437e91d5a8f3b45805dbdd281fb5b69d
200 10002 437e91d5a8f3b45805dbdd281fb5b69d
5000 250002 9755c1f90330e4a603c4121ac1cf8609
2 102 1ccbbb0e193dbc7329e976c952a5f34f
