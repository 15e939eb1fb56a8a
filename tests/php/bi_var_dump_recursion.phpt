--TEST--
bi: var_dump, print_r and var_export on recursive structures
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->name = 'loop';
var_dump($o);
print_r($o);
echo "\n";
$a = [1];
$a['me'] = &$a;
print_r($a);
echo "\n";
try { var_export($o); } catch (Throwable $e) { echo get_class($e); }
echo "\n";
$b = new stdClass;
$c = new stdClass;
$b->c = $c;
$c->b = $b;
print_r($b);
echo "\n";
echo json_encode($o) === false ? json_last_error_msg() : 'encoded', "\n";
--EXPECTF--
object(stdClass)#1 (2) {
  ["self"]=>
  *RECURSION*
  ["name"]=>
  string(4) "loop"
}
stdClass Object
(
    [self] => stdClass Object
 *RECURSION*
    [name] => loop
)

Array
(
    [0] => 1
    [me] => Array
 *RECURSION*
)


Warning: var_export does not handle circular references in %s on line 12
(object) array(
   'self' => NULL,
   'name' => 'loop',
)
stdClass Object
(
    [c] => stdClass Object
        (
            [b] => stdClass Object
 *RECURSION*
        )

)

Recursion detected
