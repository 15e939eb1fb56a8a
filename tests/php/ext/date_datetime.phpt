--TEST--
DateTime, DateTimeImmutable, DateTimeZone, DateInterval: construct, format, modify, setDate/setTime/setTimezone, add/sub, diff, createFromFormat, errors
--FILE--
<?php
date_default_timezone_set('UTC');
$tz = new DateTimeZone('Europe/Paris');
$d = new DateTime('2021-03-27 12:00:00', $tz);
var_dump($d);
echo $d->format('Y-m-d H:i:s T P U'), " ", $d->getTimestamp(), " ", $d->getOffset(), "\n";
$d->modify('+1 day'); echo $d->format(DATE_ATOM), "\n";
$d->setDate(2020, 2, 30); echo $d->format('c'), "\n";
$d->setTime(25, 0); echo $d->format('c'), "\n";
$d->setTimezone(new DateTimeZone('America/New_York')); echo $d->format('c e T'), "\n";
$d->setTimestamp(0); echo $d->format('c'), "\n";
echo $d->getTimezone()->getName(), "\n";
$im = new DateTimeImmutable('@1700000000');
$im2 = $im->modify('+1 month');
echo $im->format('c'), " ", $im2->format('c'), " ", get_class($im2), "\n";
$im3 = $im->setTimezone(new DateTimeZone('Asia/Tokyo'));
echo $im3->format('c T'), " ", $im->format('c T'), "\n";
$iv = new DateInterval('P1Y2M3DT4H5M6S');
print_r($iv);
echo $iv->format('%y %Y %m %M %d %D %h %H %i %I %s %S %a %R %r'), "\n";
$a = new DateTime('2021-01-31 10:00:00'); $b = new DateTime('2021-03-01 09:00:00');
$df = $a->diff($b);
echo $df->format('%R %y-%m-%d %h:%i:%s days=%a'), "\n";
echo $b->diff($a)->format('%R %y-%m-%d %h:%i:%s days=%a'), " ", $b->diff($a, true)->format('%R%a'), "\n";
echo (new DateTime('2000-02-28'))->diff(new DateTime('2024-03-01 12:30:45'))->format('%y %m %d %h %i %s %a'), "\n";
$a->add(new DateInterval('P1M')); echo $a->format('c'), "\n";
$a->sub(new DateInterval('PT36H')); echo $a->format('c'), "\n";
$a->add($df); echo $a->format('c'), "\n";
$x = DateTime::createFromFormat('Y-m-d H:i:s', '2021-05-06 07:08:09'); echo get_class($x), " ", $x->format('c u'), "\n";
$x = DateTime::createFromFormat('!d/m/Y', '15/08/2022'); echo $x->format('c'), "\n";
$x = DateTimeImmutable::createFromFormat('!Y-m-d g:i A', '2022-08-15 3:04 PM', new DateTimeZone('Europe/Berlin')); echo get_class($x), " ", $x->format('c'), "\n";
$x = DateTime::createFromFormat('U', '1234567890'); echo $x->format('c T'), "\n";
$x = DateTime::createFromFormat('!D, d M Y H:i:s O', 'Fri, 13 Feb 2009 23:31:30 +0100'); echo $x->format('c'), "\n";
var_dump(DateTime::createFromFormat('Y-m-d', 'xx'), DateTime::createFromFormat('!Y-m-d', '2021-01-01 extra'));
try { new DateTime('garbage'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new DateTimeZone('Bad/Zone'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { new DateInterval('P1X'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($d->modify('garbage'));
var_dump($d instanceof DateTimeInterface, DateTimeInterface::ATOM, DateTime::RFC2822);
$o = new DateTime("2021-06-15 08:00", new DateTimeZone("+05:30")); print_r($o); echo $o->format('c T e'), "\n";
print_r(new DateTimeZone('EST'));
echo (new DateTimeZone('Europe/Paris'))->getOffset(new DateTime('@1700000000')), "\n";
$pairs = [['2021-01-31 10:00', '2021-03-01 09:00'], ['2020-01-31', '2020-03-01'], ['2021-05-31 23:00', '2021-07-01 01:00'], ['2019-12-15', '2020-02-10'], ['2021-02-28 12:00', '2021-03-31 11:00'], ['2000-01-01', '2024-12-31 23:59:59']];
foreach ($pairs as [$x, $y]) { $a = new DateTime($x); $b = new DateTime($y);
  echo $a->diff($b)->format('%R %y-%m-%d %h:%i:%s %a'), " | ", $b->diff($a)->format('%R %y-%m-%d %h:%i:%s %a'), "\n"; }
--EXPECTF--
object(DateTime)#2 (3) {
  ["date"]=>
  string(26) "2021-03-27 12:00:00.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(12) "Europe/Paris"
}
2021-03-27 12:00:00 CET +01:00 1616842800 1616842800 3600
2021-03-28T12:00:00+02:00
2020-03-01T12:00:00+01:00
2020-03-02T01:00:00+01:00
2020-03-01T19:00:00-05:00 America/New_York EST
1969-12-31T19:00:00-05:00
America/New_York
2023-11-14T22:13:20+00:00 2023-12-14T22:13:20+00:00 DateTimeImmutable
2023-11-15T07:13:20+09:00 JST 2023-11-14T22:13:20+00:00 GMT+0000
DateInterval Object
(
    [y] => 1
    [m] => 2
    [d] => 3
    [h] => 4
    [i] => 5
    [s] => 6
    [f] => 0
    [invert] => 0
    [days] => 
    [from_string] => 
)
1 01 2 02 3 03 4 04 5 05 6 06 (unknown) + 
+ 0-0-28 23:0:0 days=28
- 0-1-0 23:0:0 days=28 +28
24 0 2 12 30 45 8768
2021-03-03T10:00:00+00:00
2021-03-01T22:00:00+00:00
2021-03-30T21:00:00+00:00
DateTime 2021-05-06T07:08:09+00:00 000000
2022-08-15T00:00:00+00:00
DateTimeImmutable 2022-08-15T15:04:00+02:00
2009-02-13T23:31:30+00:00 GMT+0000
2009-02-13T23:31:30+01:00
bool(false)
bool(false)
Exception: Failed to parse time string (garbage) at position 0 (g): The timezone could not be found in the database
DateTimeZone::__construct(): Unknown or bad timezone (Bad/Zone)
Unknown or bad format (P1X)

Warning: DateTime::modify(): Failed to parse time string (garbage) at position 0 (g): The timezone could not be found in the database in %s on line 38
bool(false)
bool(true)
string(13) "Y-m-d\TH:i:sP"
string(16) "D, d M Y H:i:s O"
DateTime Object
(
    [date] => 2021-06-15 08:00:00.000000
    [timezone_type] => 1
    [timezone] => +05:30
)
2021-06-15T08:00:00+05:30 GMT+0530 +05:30
DateTimeZone Object
(
    [timezone_type] => 2
    [timezone] => EST
)
3600
+ 0-0-28 23:0:0 28 | - 0-1-0 23:0:0 28
+ 0-0-30 0:0:0 30 | - 0-1-1 0:0:0 30
+ 0-0-30 2:0:0 30 | - 0-1-0 2:0:0 30
+ 0-1-26 0:0:0 57 | - 0-1-26 0:0:0 57
+ 0-1-2 23:0:0 30 | - 0-1-2 23:0:0 30
+ 24-11-30 23:59:59 9131 | - 24-11-30 23:59:59 9131
