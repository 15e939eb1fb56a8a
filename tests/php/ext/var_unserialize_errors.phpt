--TEST--
unserialize() on malformed input: "Error at offset X of Y bytes" notices, max_depth, enum errors, option checks
--FILE--
<?php
$bad = ['foo', 's:5:"abc";', 's:3:"abc"', 's:3:"abc"x', 'a:1:{i:0;i:1;', 'a:2:{i:0;i:1;}', 'i:12', 'i:;',
        'b:2;', 'd:x;', 'N', 'a:1:{d:1.5;i:1;}', 'a:-1:{}', 'O:0:"":0:{}', 'R:1;', 'r:5;', 'a:1:{i:0;R:9;}',
        'O:8:"stdClass":1:{s:1:"a";i:1;', 'x:1;', 'E:5:"Foo:B";', 'E:3:"Foo";', 'i:1;junk'];
foreach ($bad as $b) {
    echo json_encode($b), " => ";
    var_dump(unserialize($b));
}
var_dump(unserialize(''));
var_dump(unserialize(false));

enum E { case A; const C = 1; }
var_dump(unserialize('E:3:"E:A";'));
var_dump(unserialize('E:3:"E:B";'));
var_dump(unserialize('E:3:"E:C";'));
var_dump(unserialize('E:10:"stdClass:A";'));

$deep = serialize([[[[1]]]]);
var_dump(unserialize($deep, ['max_depth' => 4]));
var_dump(unserialize($deep, ['max_depth' => 3]));
var_dump(unserialize($deep, ['max_depth' => 0]) === [[[[1]]]]);
try { unserialize($deep, ['max_depth' => -1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { unserialize($deep, ['max_depth' => '3']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
"foo" => 
Notice: unserialize(): Error at offset 0 of 3 bytes in %s on line 7
bool(false)
"s:5:\"abc\";" => 
Notice: unserialize(): Error at offset 10 of 10 bytes in %s on line 7
bool(false)
"s:3:\"abc\"" => 
Notice: unserialize(): Error at offset 9 of 9 bytes in %s on line 7
bool(false)
"s:3:\"abc\"x" => 
Notice: unserialize(): Error at offset 9 of 10 bytes in %s on line 7
bool(false)
"a:1:{i:0;i:1;" => 
Notice: unserialize(): Error at offset 13 of 13 bytes in %s on line 7
bool(false)
"a:2:{i:0;i:1;}" => 
Notice: unserialize(): Unexpected end of serialized data in %s on line 7

Notice: unserialize(): Error at offset 13 of 14 bytes in %s on line 7
bool(false)
"i:12" => 
Notice: unserialize(): Error at offset 0 of 4 bytes in %s on line 7
bool(false)
"i:;" => 
Notice: unserialize(): Error at offset 0 of 3 bytes in %s on line 7
bool(false)
"b:2;" => 
Notice: unserialize(): Error at offset 0 of 4 bytes in %s on line 7
bool(false)
"d:x;" => 
Notice: unserialize(): Error at offset 0 of 4 bytes in %s on line 7
bool(false)
"N" => 
Notice: unserialize(): Error at offset 0 of 1 bytes in %s on line 7
bool(false)
"a:1:{d:1.5;i:1;}" => 
Notice: unserialize(): Error at offset 11 of 16 bytes in %s on line 7
bool(false)
"a:-1:{}" => 
Notice: unserialize(): Error at offset 0 of 7 bytes in %s on line 7
bool(false)
"O:0:\"\":0:{}" => 
Notice: unserialize(): Error at offset 2 of 11 bytes in %s on line 7
bool(false)
"R:1;" => 
Notice: unserialize(): Error at offset 4 of 4 bytes in %s on line 7
bool(false)
"r:5;" => 
Notice: unserialize(): Error at offset 4 of 4 bytes in %s on line 7
bool(false)
"a:1:{i:0;R:9;}" => 
Notice: unserialize(): Error at offset 13 of 14 bytes in %s on line 7
bool(false)
"O:8:\"stdClass\":1:{s:1:\"a\";i:1;" => 
Notice: unserialize(): Error at offset 30 of 30 bytes in %s on line 7
bool(false)
"x:1;" => 
Notice: unserialize(): Error at offset 0 of 4 bytes in %s on line 7
bool(false)
"E:5:\"Foo:B\";" => 
Warning: unserialize(): Class 'Foo' not found in %s on line 7

Notice: unserialize(): Error at offset 0 of 12 bytes in %s on line 7
bool(false)
"E:3:\"Foo\";" => 
Warning: unserialize(): Invalid enum name 'Foo' (missing colon) in %s on line 7

Notice: unserialize(): Error at offset 0 of 10 bytes in %s on line 7
bool(false)
"i:1;junk" => int(1)
bool(false)
bool(false)
enum(E::A)

Warning: unserialize(): Undefined constant E::B in %s on line 14

Notice: unserialize(): Error at offset 10 of 10 bytes in %s on line 14
bool(false)

Warning: unserialize(): E::C is not an enum case in %s on line 15

Notice: unserialize(): Error at offset 10 of 10 bytes in %s on line 15
bool(false)

Warning: unserialize(): Class 'stdClass' is not an enum in %s on line 16

Notice: unserialize(): Error at offset 0 of 18 bytes in %s on line 16
bool(false)
array(1) {
  [0]=>
  array(1) {
    [0]=>
    array(1) {
      [0]=>
      array(1) {
        [0]=>
        int(1)
      }
    }
  }
}

Warning: unserialize(): Maximum depth of 3 exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting in %s on line 20

Notice: unserialize(): Error at offset 32 of 44 bytes in %s on line 20
bool(false)
bool(true)
unserialize(): Option "max_depth" must be greater than or equal to 0
unserialize(): Option "max_depth" must be of type int, string given
