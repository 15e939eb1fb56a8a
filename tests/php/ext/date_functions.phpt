--TEST--
date, gmdate, mktime, gmmktime, checkdate, idate and date_default_timezone_set/get over tzdata zones (fixed timestamps)
--FILE--
<?php
$ts = 1700000000; // 2023-11-14 22:13:20 UTC, a Tuesday
echo date('d D j l N S w z W F m M n t L o Y y a A B g G h H i s u v e I O P p T Z c r U', $ts), "\n";
echo date('\Y\-m \\\\ jS', $ts), "\n";
foreach (['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'] as $z) {
    date_default_timezone_set($z);
    echo date_default_timezone_get(), ": ", date('Y-m-d H:i:s T e I O P Z c r', $ts), " ", date('Y-m-d H:i:s T I', 1690000000), "\n";
    echo mktime(12, 0, 0, 7, 4, 2021), " ", mktime(0, 0, 0, 13, 1, 2020), " ", mktime(25, 70, 70, 2, 30, 2021), " ", mktime(0,0,0,1,1,70), " ", mktime(0,0,0,1,1,99), "\n";
}
date_default_timezone_set('Europe/Paris');
echo date('c', mktime(2, 30, 0, 3, 28, 2021)), " ", date('c', mktime(2, 30, 0, 10, 31, 2021)), "\n";
var_dump(date_default_timezone_set('Nope/Zone'));
echo date_default_timezone_get(), "\n";
date_default_timezone_set('UTC');
echo gmdate('Y-m-d H:i:s', gmmktime(1, 2, 3, 4, 5, 2006)), "\n";
var_dump(checkdate(2, 29, 2020), checkdate(2, 29, 2021), checkdate(13, 1, 2020), checkdate(12, 31, 0), checkdate(4, 31, 2020));
var_dump(idate('Y', $base), idate('m', $base), idate('y', 1000000000));
--EXPECTF--
14 Tue 14 Tuesday 2 th 2 317 46 November 11 Nov 11 30 0 2023 2023 23 pm PM 967 10 22 10 22 13 20 000000 000 UTC 0 +0000 +00:00 Z UTC 0 2023-11-14T22:13:20+00:00 Tue, 14 Nov 2023 22:13:20 +0000 1700000000
Y-11 \ 14th
UTC: 2023-11-14 22:13:20 UTC UTC 0 +0000 +00:00 0 2023-11-14T22:13:20+00:00 Tue, 14 Nov 2023 22:13:20 +0000 2023-07-22 04:26:40 UTC 0
1625400000 1609459200 1614737470 0 915148800
Europe/Paris: 2023-11-14 23:13:20 CET Europe/Paris 0 +0100 +01:00 3600 2023-11-14T23:13:20+01:00 Tue, 14 Nov 2023 23:13:20 +0100 2023-07-22 06:26:40 CEST 1
1625392800 1609455600 1614733870 -3600 915145200
America/New_York: 2023-11-14 17:13:20 EST America/New_York 0 -0500 -05:00 -18000 2023-11-14T17:13:20-05:00 Tue, 14 Nov 2023 17:13:20 -0500 2023-07-22 00:26:40 EDT 1
1625414400 1609477200 1614755470 18000 915166800
Asia/Kolkata: 2023-11-15 03:43:20 IST Asia/Kolkata 0 +0530 +05:30 19800 2023-11-15T03:43:20+05:30 Wed, 15 Nov 2023 03:43:20 +0530 2023-07-22 09:56:40 IST 0
1625380200 1609439400 1614717670 -19800 915129000
Australia/Lord_Howe: 2023-11-15 09:13:20 +11 Australia/Lord_Howe 1 +1100 +11:00 39600 2023-11-15T09:13:20+11:00 Wed, 15 Nov 2023 09:13:20 +1100 2023-07-22 14:56:40 +1030 0
1625362200 1609419600 1614697870 -36000 915109200
2021-03-28T03:30:00+02:00 2021-10-31T02:30:00+01:00

Notice: date_default_timezone_set(): Timezone ID 'Nope/Zone' is invalid in %s on line 12
bool(false)
Europe/Paris
2006-04-05 01:02:03
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)

Warning: Undefined variable $base in %s on line 17

Warning: Undefined variable $base in %s on line 17
int(2026)
int(11)
int(1)
