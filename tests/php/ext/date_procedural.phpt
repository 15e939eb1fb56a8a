--TEST--
date's procedural functions (date_create, date_format, date_modify, date_diff, timezone_open...) and identifier-only default zones
--FILE--
<?php
date_default_timezone_set('GMT'); echo date_default_timezone_get(), "\n";
$d = date_create('2021-05-06 07:08:09', timezone_open('Europe/Paris'));
echo date_format($d, 'c'), " ", date_timestamp_get($d), " ", timezone_name_get(date_timezone_get($d)), " ", date_offset_get($d), "\n";
date_modify($d, '+1 day'); date_add($d, new DateInterval('PT1H')); date_sub($d, new DateInterval('P1M'));
date_time_set($d, 10, 11); date_date_set($d, 2020, 1, 2); echo date_format($d, DATE_RFC2822), "\n";
date_timezone_set($d, timezone_open('UTC')); date_timestamp_set($d, 86400); echo date_format($d, 'c'), "\n";
echo date_interval_format(date_diff(date_create('2000-01-01'), date_create('2001-02-03')), '%y %m %d %a'), "\n";
var_dump(date_create('garbage'), timezone_offset_get(timezone_open('Asia/Tokyo'), $d));
var_dump(@timezone_open('Bad/Zone'));
echo get_class(date_create_immutable('@0')), " ", date_create_from_format('!Y-m-d', '2020-02-29')->format('U'), "\n";
try { date_format('x', 'Y'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
GMT
2021-05-06T07:08:09+02:00 1620277689 Europe/Paris 7200
Thu, 02 Jan 2020 10:11:00 +0100
1970-01-02T00:00:00+00:00
1 1 2 399
bool(false)
int(32400)
bool(false)
DateTimeImmutable 1582934400
date_format(): Argument #1 ($object) must be of type DateTimeInterface, string given
