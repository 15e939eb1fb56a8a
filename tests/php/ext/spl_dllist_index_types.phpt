--TEST--
SplDoublyLinkedList's $index is an int parameter (TypeError naming the method), isset() stays quiet; null to a builtin method's int parameter names the class in the deprecation
--FILE--
<?php
$l = new SplDoublyLinkedList;
$l->push('a');
$l->push('b');
foreach ([[], 'x', '1', 1.0, true, null, 5] as $i) {
    foreach (['offsetGet', 'offsetUnset', 'add'] as $m) {
        try {
            $r = $m === 'add' ? $l->add($i, 'z') : $l->$m($i);
            echo "$m: ", json_encode($r), "\n";
        } catch (Throwable $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    try { var_dump(isset($l[$i])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$f = new SplFixedArray(null);
$f->setSize(null);
var_dump($f->getSize());
--EXPECTF--
TypeError: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) must be of type int, array given
TypeError: SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) must be of type int, array given
TypeError: SplDoublyLinkedList::add(): Argument #1 ($index) must be of type int, array given
SplDoublyLinkedList::offsetExists(): Argument #1 ($index) must be of type int, array given
TypeError: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) must be of type int, string given
TypeError: SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) must be of type int, string given
TypeError: SplDoublyLinkedList::add(): Argument #1 ($index) must be of type int, string given
SplDoublyLinkedList::offsetExists(): Argument #1 ($index) must be of type int, string given
offsetGet: "b"
offsetUnset: null
add: null
bool(true)
offsetGet: "z"
offsetUnset: null
add: null
bool(true)
offsetGet: "z"
offsetUnset: null
add: null
bool(true)

Deprecated: SplDoublyLinkedList::offsetGet(): Passing null to parameter #1 ($index) of type int is deprecated in %s on line 8
offsetGet: "a"

Deprecated: SplDoublyLinkedList::offsetUnset(): Passing null to parameter #1 ($index) of type int is deprecated in %s on line 8
offsetUnset: null

Deprecated: SplDoublyLinkedList::add(): Passing null to parameter #1 ($index) of type int is deprecated in %s on line 8
add: null

Deprecated: SplDoublyLinkedList::offsetExists(): Passing null to parameter #1 ($index) of type int is deprecated in %s on line 14
bool(true)
OutOfRangeException: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) is out of range
OutOfRangeException: SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) is out of range
OutOfRangeException: SplDoublyLinkedList::add(): Argument #1 ($index) is out of range
bool(false)

Deprecated: SplFixedArray::__construct(): Passing null to parameter #1 ($size) of type int is deprecated in %s on line 16

Deprecated: SplFixedArray::setSize(): Passing null to parameter #1 ($size) of type int is deprecated in %s on line 17
int(0)
