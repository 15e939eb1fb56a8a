--TEST--
SPL subclasses in var_dump/print_r/var_export and (array): own properties before the SPL state, ArrayObject's array in var_export, SplFixedArray's elements; SplFileObject with an overridden getCurrentLine
--FILE--
<?php
class MyAO extends ArrayObject { public $pub = 1; protected $pro = 2; private $pri = 3; }
class MyAI extends ArrayIterator { public $x = "x"; }
class MyStore extends SplObjectStorage { public $tag = "t"; }
class MyList extends SplDoublyLinkedList { private $own = [1]; }
class MyQ extends SplQueue { public $q = 1; }
class MyFixed extends SplFixedArray { public $f = 0; }
class MyHeap extends SplMinHeap { public $h = 0; }
$ao = new MyAO([1, "a" => 2]);
$ao->dyn = "d";
var_dump($ao); print_r($ao); echo "\n"; var_export($ao); echo "\n";
$ai = new MyAI(["k" => "v"]);
var_dump($ai); print_r($ai); echo "\n";
$s = new MyStore; $o = new stdClass; $s[$o] = "data";
var_dump($s); print_r($s); echo "\n";
$l = new MyList; $l->push(1); $l->push("two");
var_dump($l); print_r($l); echo "\n";
$q = new MyQ; $q->enqueue(5);
var_dump($q);
$f = new MyFixed(2); $f[0] = "z";
var_dump($f); print_r($f); echo "\n";
$h = new MyHeap; $h->insert(3); $h->insert(1);
var_dump($h);
var_dump((array)$ao, count((array)$ao));
$f2 = new SplFixedArray(2); $f2[0] = "z"; var_dump($f2); print_r($f2); var_export($f2); var_dump((array)$f2);
$s2 = new SplObjectStorage; $o2 = new stdClass; $s2[$o2] = "data"; var_dump($s2); var_export($s2); echo "\n";
$l2 = new SplDoublyLinkedList; $l2->push(1); var_export($l2); echo "\n"; var_dump((array)$l2);
$h2 = new SplMinHeap; $h2->insert(1); var_export($h2); echo "\n";
$a2 = new ArrayObject([1,2]); var_export($a2); echo "\n"; var_dump((array)$a2);
$a3 = new ArrayObject([1,2], ArrayObject::STD_PROP_LIST); $a3->p = 1; var_export($a3); echo "\n"; var_dump((array)$a3); var_dump($a3);
$d = sys_get_temp_dir() . "/splfo-" . getmypid() . "-" . uniqid();
mkdir($d);
file_put_contents("$d/a.txt", "one\ntwo\nthree\n");
class Upper extends SplFileObject {
    function getCurrentLine(): string { echo "[getCurrentLine]"; return strtoupper(parent::fgets()); }
}
$fo = new Upper("$d/a.txt");
foreach ($fo as $n => $line) { var_dump($n, $line); }
$fo->rewind();
var_dump($fo->current(), $fo->key());
$fo->next();
var_dump($fo->current());
$fo->seek(2);
var_dump($fo->current());
var_dump($fo->fgets());
class Csv extends SplFileObject {
    function getCurrentLine(): string { return "x,y\n"; }
}
$c = new Csv("$d/a.txt");
$c->setFlags(SplFileObject::READ_CSV);
foreach ($c as $row) { var_dump($row); break; }
unlink("$d/a.txt"); rmdir($d);
try { (new SplFileInfo(__FILE__))->openFile("", false, []); } catch (TypeError $e) { echo get_class($e), "\n"; }
--EXPECTF--

Deprecated: Creation of dynamic property MyAO::$dyn is deprecated in %s on line 10
object(MyAO)#1 (5) {
  ["pub"]=>
  int(1)
  ["pro":protected]=>
  int(2)
  ["pri":"MyAO":private]=>
  int(3)
  ["dyn"]=>
  string(1) "d"
  ["storage":"ArrayObject":private]=>
  array(2) {
    [0]=>
    int(1)
    ["a"]=>
    int(2)
  }
}
MyAO Object
(
    [pub] => 1
    [pro:protected] => 2
    [pri:MyAO:private] => 3
    [dyn] => d
    [storage:ArrayObject:private] => Array
        (
            [0] => 1
            [a] => 2
        )

)

\MyAO::__set_state(array(
   0 => 1,
   'a' => 2,
))
object(MyAI)#2 (2) {
  ["x"]=>
  string(1) "x"
  ["storage":"ArrayIterator":private]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
}
MyAI Object
(
    [x] => x
    [storage:ArrayIterator:private] => Array
        (
            [k] => v
        )

)

object(MyStore)#3 (2) {
  ["tag"]=>
  string(1) "t"
  ["storage":"SplObjectStorage":private]=>
  array(1) {
    [0]=>
    array(2) {
      ["obj"]=>
      object(stdClass)#4 (0) {
      }
      ["inf"]=>
      string(4) "data"
    }
  }
}
MyStore Object
(
    [tag] => t
    [storage:SplObjectStorage:private] => Array
        (
            [0] => Array
                (
                    [obj] => stdClass Object
                        (
                        )

                    [inf] => data
                )

        )

)

object(MyList)#5 (3) {
  ["own":"MyList":private]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["flags":"SplDoublyLinkedList":private]=>
  int(0)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(3) "two"
  }
}
MyList Object
(
    [own:MyList:private] => Array
        (
            [0] => 1
        )

    [flags:SplDoublyLinkedList:private] => 0
    [dllist:SplDoublyLinkedList:private] => Array
        (
            [0] => 1
            [1] => two
        )

)

object(MyQ)#6 (3) {
  ["q"]=>
  int(1)
  ["flags":"SplDoublyLinkedList":private]=>
  int(4)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(1) {
    [0]=>
    int(5)
  }
}
object(MyFixed)#7 (3) {
  ["f"]=>
  int(0)
  [0]=>
  string(1) "z"
  [1]=>
  NULL
}
MyFixed Object
(
    [f] => 0
    [0] => z
    [1] => 
)

object(MyHeap)#8 (4) {
  ["h"]=>
  int(0)
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(3)
  }
}
array(2) {
  [0]=>
  int(1)
  ["a"]=>
  int(2)
}
int(2)
object(SplFixedArray)#9 (2) {
  [0]=>
  string(1) "z"
  [1]=>
  NULL
}
SplFixedArray Object
(
    [0] => z
    [1] => 
)
\SplFixedArray::__set_state(array(
   0 => 'z',
   1 => NULL,
))array(2) {
  [0]=>
  string(1) "z"
  [1]=>
  NULL
}
object(SplObjectStorage)#10 (1) {
  ["storage":"SplObjectStorage":private]=>
  array(1) {
    [0]=>
    array(2) {
      ["obj"]=>
      object(stdClass)#11 (0) {
      }
      ["inf"]=>
      string(4) "data"
    }
  }
}
\SplObjectStorage::__set_state(array(
))
\SplDoublyLinkedList::__set_state(array(
))
array(0) {
}
\SplMinHeap::__set_state(array(
))
\ArrayObject::__set_state(array(
   0 => 1,
   1 => 2,
))
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}

Deprecated: Creation of dynamic property ArrayObject::$p is deprecated in %s on line 30
\ArrayObject::__set_state(array(
   'p' => 1,
))
array(1) {
  ["p"]=>
  int(1)
}
object(ArrayObject)#15 (2) {
  ["p"]=>
  int(1)
  ["storage":"ArrayObject":private]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
[getCurrentLine]int(2)
string(4) "ONE
"
[getCurrentLine]int(5)
string(4) "TWO
"
[getCurrentLine]int(8)
string(6) "THREE
"
[getCurrentLine]int(11)
string(0) ""
[getCurrentLine]string(4) "ONE
"
int(2)
[getCurrentLine]string(4) "TWO
"
[getCurrentLine][getCurrentLine][getCurrentLine]string(6) "THREE
"
string(0) ""
array(1) {
  [0]=>
  string(3) "one"
}
TypeError
