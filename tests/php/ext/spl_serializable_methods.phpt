--TEST--
Serializable::serialize()/unserialize() of ArrayObject, SplObjectStorage and SplQueue: the C: format, shared back-references, malformed data
--FILE--
<?php
$o = new stdClass; $o->p = 1;
$ao = new ArrayObject([1, 'a' => $o, 'b' => $o]);
var_dump($s = $ao->serialize());
$n = new ArrayObject; $n->unserialize($s); print_r($n); var_dump($n["a"] === $n["b"]);
var_dump(serialize($ao));
$s2 = new SplObjectStorage; $s2[$o] = 'data'; $s2[new stdClass] = null;
var_dump($x = $s2->serialize());
$t = new SplObjectStorage; $t->unserialize($x); var_dump(count($t));
$q = new SplQueue; $q[] = 1; $q[] = [2];
var_dump($y = $q->serialize());
$r = new SplQueue; $r->unserialize($y); foreach ($r as $e) var_dump($e);
foreach (['x:i:0;a:0:{};m:a:0:{}', 'x:i:0;i:1;;m:a:0:{}', 'garbage', 'x:i:0;a:0:{};m:i:0;'] as $bad) {
    try { (new ArrayObject)->unserialize($bad); echo "ok\n"; } catch (UnexpectedValueException $e) { echo $e->getMessage(), "\n"; }
}
foreach (['x:i:1;O:8:"stdClass":0:{},i:1;;m:a:0:{}', 'x:i:1;i:1;;m:a:0:{}', 'x:i:-1;m:a:0:{}'] as $bad) {
    try { $st = new SplObjectStorage; $st->unserialize($bad); echo count($st), "\n"; } catch (UnexpectedValueException $e) { echo $e->getMessage(), "\n"; }
}
foreach (['i:0;:i:1;', 'i:0;:i:1;x', 's:1:"a";'] as $bad) {
    try { $l = new SplDoublyLinkedList; $l->unserialize($bad); echo count($l), "\n"; } catch (UnexpectedValueException $e) { echo $e->getMessage(), "\n"; }
}
print_r(unserialize('C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}'));
(new ArrayObject)->unserialize('');
echo "done\n";
--EXPECT--
string(80) "x:i:0;a:3:{i:0;i:1;s:1:"a";O:8:"stdClass":1:{s:1:"p";i:1;}s:1:"b";r:4;};m:a:0:{}"
ArrayObject Object
(
    [storage:ArrayObject:private] => Array
        (
            [0] => 1
            [a] => stdClass Object
                (
                    [p] => 1
                )

            [b] => stdClass Object
                (
                    [p] => 1
                )

        )

)
bool(true)
string(116) "O:11:"ArrayObject":4:{i:0;i:0;i:1;a:3:{i:0;i:1;s:1:"a";O:8:"stdClass":1:{s:1:"p";i:1;}s:1:"b";r:5;}i:2;a:0:{}i:3;N;}"
string(81) "x:i:2;O:8:"stdClass":1:{s:1:"p";i:1;},s:4:"data";;O:8:"stdClass":0:{},N;;m:a:0:{}"
int(2)
string(24) "i:4;:i:1;:a:1:{i:0;i:2;}"
int(1)
array(1) {
  [0]=>
  int(2)
}
ok
Error at offset 6 of 19 bytes
Error at offset 0 of 7 bytes
Error at offset 19 of 19 bytes
1
Error at offset 6 of 19 bytes
Error at offset 6 of 15 bytes
1
Error at offset 9 of 10 bytes
Error at offset 8 of 8 bytes
ArrayObject Object
(
    [storage:ArrayObject:private] => Array
        (
        )

)
done
