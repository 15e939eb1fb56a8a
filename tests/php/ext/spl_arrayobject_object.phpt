--TEST--
ArrayObject and ArrayIterator over an object: its public properties are the elements
--FILE--
<?php
class C { public $a = 1; protected $b = 2; private $c = 3; public $d = 4; }
$c = new C;
$ao = new ArrayObject($c);
var_dump(count($ao), $ao['a'], isset($ao['b']), isset($ao['d']));
var_dump(array_map('strlen', array_keys($ao->getArrayCopy())));
$ao['x'] = 'new';
$ao[5] = 'five';
unset($ao['d']);
var_dump($c);
var_dump($ao);
foreach ($ao as $k => $v) echo "$k => $v\n";
$o = new stdClass; $o->z = 3; $o->y = 1; $o->w = 2;
$ao2 = new ArrayObject($o);
$ao2->asort();
print_r($o);
$ao2->ksort();
print_r($ao2);
echo serialize($ao2), "\n";
print_r(unserialize(serialize($ao2)));
$it = new ArrayIterator($o);
foreach ($it as $k => $v) echo "$k=$v ";
echo "\n";
$it->rewind();
unset($it[$it->key()]);
echo $it->key(), " ", count($it), "\n";
$inner = new ArrayObject(['p' => 1]);
$outer = new ArrayObject($inner);
print_r($outer->getArrayCopy());
try {
    $ao->append('x');
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
int(2)
int(1)
bool(false)
bool(true)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(4)
  [2]=>
  int(4)
  [3]=>
  int(1)
}
object(C)#1 (5) {
  ["a"]=>
  int(1)
  ["b":protected]=>
  int(2)
  ["c":"C":private]=>
  int(3)
  ["x"]=>
  string(3) "new"
  ["5"]=>
  string(4) "five"
}
object(ArrayObject)#2 (1) {
  ["storage":"ArrayObject":private]=>
  object(C)#1 (5) {
    ["a"]=>
    int(1)
    ["b":protected]=>
    int(2)
    ["c":"C":private]=>
    int(3)
    ["x"]=>
    string(3) "new"
    ["5"]=>
    string(4) "five"
  }
}
a => 1
x => new
5 => five
stdClass Object
(
    [y] => 1
    [w] => 2
    [z] => 3
)
ArrayObject Object
(
    [storage:ArrayObject:private] => stdClass Object
        (
            [w] => 2
            [y] => 1
            [z] => 3
        )

)
O:11:"ArrayObject":4:{i:0;i:0;i:1;O:8:"stdClass":3:{s:1:"w";i:2;s:1:"y";i:1;s:1:"z";i:3;}i:2;a:0:{}i:3;N;}
ArrayObject Object
(
    [storage:ArrayObject:private] => stdClass Object
        (
            [w] => 2
            [y] => 1
            [z] => 3
        )

)
w=2 y=1 z=3 
y 2
Array
(
    [p] => 1
)
Error: Cannot append properties to objects, use ArrayObject::offsetSet() instead
