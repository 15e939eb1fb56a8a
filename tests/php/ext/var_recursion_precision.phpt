--TEST--
var_dump and print_r of cyclic objects and arrays print *RECURSION*; serialize round-trips floats at serialize_precision=100
--INI--
serialize_precision=100
--FILE--
<?php
$a = new stdClass; $a->self = $a; $a->x = [1, $a]; var_dump($a); print_r($a); echo "\n";
$b = [1]; $b[] = &$b; var_dump($b); print_r($b); echo "\n";
$o1 = new stdClass; $o2 = new stdClass; $o1->o = $o2; $o2->o = $o1; var_dump([$o1, $o1]); print_r([$o1, $o2]);
$v = 1; for ($i = 1; $i < 10; $i++) { $v /= 10; echo serialize($v), " ", unserialize(serialize($v)) === $v ? "same" : "differs", "\n"; }
var_dump(0.1, 1e100); var_export(1/3);
--EXPECT--
object(stdClass)#1 (2) {
  ["self"]=>
  *RECURSION*
  ["x"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    *RECURSION*
  }
}
stdClass Object
(
    [self] => stdClass Object
 *RECURSION*
    [x] => Array
        (
            [0] => 1
            [1] => stdClass Object
 *RECURSION*
        )

)

array(2) {
  [0]=>
  int(1)
  [1]=>
  *RECURSION*
}
Array
(
    [0] => 1
    [1] => Array
 *RECURSION*
)

array(2) {
  [0]=>
  object(stdClass)#2 (1) {
    ["o"]=>
    object(stdClass)#3 (1) {
      ["o"]=>
      *RECURSION*
    }
  }
  [1]=>
  object(stdClass)#2 (1) {
    ["o"]=>
    object(stdClass)#3 (1) {
      ["o"]=>
      *RECURSION*
    }
  }
}
Array
(
    [0] => stdClass Object
        (
            [o] => stdClass Object
                (
                    [o] => stdClass Object
 *RECURSION*
                )

        )

    [1] => stdClass Object
        (
            [o] => stdClass Object
                (
                    [o] => stdClass Object
 *RECURSION*
                )

        )

)
d:0.1000000000000000055511151231257827021181583404541015625; same
d:0.01000000000000000020816681711721685132943093776702880859375; same
d:0.001000000000000000020816681711721685132943093776702880859375; same
d:0.000100000000000000004792173602385929598312941379845142364501953125; same
d:1.0000000000000000818030539140313095458623138256371021270751953125E-5; same
d:1.00000000000000016650634863946134345269456389360129833221435546875E-6; same
d:1.00000000000000021944590784285511464446472018607892096042633056640625E-7; same
d:1.00000000000000018635868334073400764960837250328040681779384613037109375E-8; same
d:1.000000000000000269076744596036775136749241710276692174375057220458984375E-9; same
float(0.1000000000000000055511151231257827021181583404541015625)
float(1.00000000000000001590289110975991804683608085639452813897813275577478387721703810608134699858568151E+100)
0.333333333333333314829616256247390992939472198486328125
