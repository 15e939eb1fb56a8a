--TEST--
DateTime/DateTimeImmutable/DateTimeZone serialization (__serialize/__unserialize/__wakeup/__set_state), subclasses; var_export of objects and stdClass
--FILE--
<?php
$d = new DateTime("2021-05-06 07:08:09.5", new DateTimeZone("Europe/Paris"));
echo $s = serialize($d), "\n";
$u = unserialize($s); echo get_class($u), " ", $u->format("c u e"), "\n";
$i = unserialize(serialize(new DateTimeImmutable("@86400"))); echo get_class($i), " ", $i->format("c e"), "\n";
var_export($d); echo "\n";
$x = DateTime::__set_state(["date" => "2021-01-01 00:00:00.000000", "timezone_type" => 1, "timezone" => "+02:00"]); echo $x->format("c"), "\n";
echo serialize(new DateTimeZone("Asia/Tokyo")), "\n";
echo unserialize(serialize(new DateTimeZone("+05:00")))->getName(), " ", unserialize(serialize(new DateTimeZone("EST")))->getName(), "\n";
var_dump($d->__serialize());
try { unserialize('O:8:"DateTime":0:{}'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unserialize('O:12:"DateTimeZone":1:{s:8:"timezone";s:3:"UTC";}'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_export(new DateTimeZone("UTC")); echo "\n";
var_dump(unserialize(serialize([new DateTime('@0'), new DateInterval('P1D')]))[1]->d);
class MyDate extends DateTime { public $extra = 1; }
$m = new MyDate('2000-01-01', new DateTimeZone('UTC')); echo serialize($m), "\n";
class A { public $x = 1; public $arr = [1, [2]]; public $o; }
$a = new A; $a->o = new A; var_export($a); echo "\n"; var_export([new stdClass, ['k' => new A]]); echo "\n";
$s = new stdClass; $s->a = 1; $s->b = [new stdClass]; var_export($s);
--EXPECT--
O:8:"DateTime":3:{s:4:"date";s:26:"2021-05-06 07:08:09.500000";s:13:"timezone_type";i:3;s:8:"timezone";s:12:"Europe/Paris";}
DateTime 2021-05-06T07:08:09+02:00 500000 Europe/Paris
DateTimeImmutable 1970-01-02T00:00:00+00:00 +00:00
\DateTime::__set_state(array(
   'date' => '2021-05-06 07:08:09.500000',
   'timezone_type' => 3,
   'timezone' => 'Europe/Paris',
))
2021-01-01T00:00:00+02:00
O:12:"DateTimeZone":2:{s:13:"timezone_type";i:3;s:8:"timezone";s:10:"Asia/Tokyo";}
+05:00 EST
array(3) {
  ["date"]=>
  string(26) "2021-05-06 07:08:09.500000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(12) "Europe/Paris"
}
Error: Invalid serialization data for DateTime object
Error: Invalid serialization data for DateTimeZone object
\DateTimeZone::__set_state(array(
   'timezone_type' => 3,
   'timezone' => 'UTC',
))
int(1)
O:6:"MyDate":4:{s:4:"date";s:26:"2000-01-01 00:00:00.000000";s:13:"timezone_type";i:3;s:8:"timezone";s:3:"UTC";s:5:"extra";i:1;}
\A::__set_state(array(
   'x' => 1,
   'arr' => 
  array (
    0 => 1,
    1 => 
    array (
      0 => 2,
    ),
  ),
   'o' => 
  \A::__set_state(array(
     'x' => 1,
     'arr' => 
    array (
      0 => 1,
      1 => 
      array (
        0 => 2,
      ),
    ),
     'o' => NULL,
  )),
))
array (
  0 => 
  (object) array(
  ),
  1 => 
  array (
    'k' => 
    \A::__set_state(array(
       'x' => 1,
       'arr' => 
      array (
        0 => 1,
        1 => 
        array (
          0 => 2,
        ),
      ),
       'o' => NULL,
    )),
  ),
)
(object) array(
   'a' => 1,
   'b' => 
  array (
    0 => 
    (object) array(
    ),
  ),
)
