--TEST--
DatePeriod (recurrences, end dates, EXCLUDE_START_DATE, INCLUDE_END_DATE), setISODate, getdate, localtime, setlocale
--FILE--
<?php
$p = new DatePeriod(new DateTime("2021-01-01"), new DateInterval("P1D"), 2);
foreach ($p as $k => $d) echo $k, " ", get_class($d), " ", $d->format("Y-m-d"), "\n";
print_r($p);
$p = new DatePeriod(new DateTimeImmutable("2021-01-30 10:00"), new DateInterval("P1M"), new DateTime("2021-06-01"), DatePeriod::EXCLUDE_START_DATE);
foreach ($p as $k => $d) echo $k, " ", get_class($d), " ", $d->format("Y-m-d H:i"), "\n";
$p = new DatePeriod(new DateTime("2021-01-01"), new DateInterval("PT12H"), new DateTime("2021-01-03"), DatePeriod::INCLUDE_END_DATE);
foreach ($p as $d) echo $d->format("Y-m-d H:i"), "\n";
var_dump($p->getRecurrences(), $p->getStartDate()->format('c'), $p->getEndDate()->format('c'), $p->getDateInterval()->h, iterator_count($p));
try { new DatePeriod(new DateTime, new DateInterval("P1D"), 0); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$d = new DateTime('2021-06-15 08:30'); $d->setISODate(2021, 1); echo $d->format('c D'), "\n"; $d->setISODate(2020, 53, 7); echo $d->format('c D W o'), "\n";
$i = (new DateTimeImmutable('2021-06-15'))->setISODate(2015, 10, 3); echo $i->format('c D'), "\n";
var_dump(setlocale(LC_ALL, "C"), setlocale(LC_TIME, "0"), setlocale(LC_ALL, "xx_YY"), setlocale(LC_ALL, ["de_DE", "C"]), setlocale(LC_ALL, "xx", "POSIX"), LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL);
date_default_timezone_set('America/New_York');
print_r(getdate(1700000000)); print_r(localtime(1690000000)); print_r(localtime(1700000000, true));
--EXPECT--
0 DateTime 2021-01-01
1 DateTime 2021-01-02
2 DateTime 2021-01-03
DatePeriod Object
(
    [start] => DateTime Object
        (
            [date] => 2021-01-01 00:00:00.000000
            [timezone_type] => 3
            [timezone] => UTC
        )

    [current] => DateTime Object
        (
            [date] => 2021-01-04 00:00:00.000000
            [timezone_type] => 3
            [timezone] => UTC
        )

    [end] => 
    [interval] => DateInterval Object
        (
            [y] => 0
            [m] => 0
            [d] => 1
            [h] => 0
            [i] => 0
            [s] => 0
            [f] => 0
            [invert] => 0
            [days] => 
            [from_string] => 
        )

    [recurrences] => 3
    [include_start_date] => 1
    [include_end_date] => 
)
0 DateTimeImmutable 2021-03-02 10:00
1 DateTimeImmutable 2021-04-02 10:00
2 DateTimeImmutable 2021-05-02 10:00
2021-01-01 00:00
2021-01-01 12:00
2021-01-02 00:00
2021-01-02 12:00
2021-01-03 00:00
NULL
string(25) "2021-01-01T00:00:00+00:00"
string(25) "2021-01-03T00:00:00+00:00"
int(12)
int(5)
Exception: DatePeriod::__construct(): Recurrence count must be greater than 0
2021-01-04T08:30:00+00:00 Mon
2021-01-03T08:30:00+00:00 Sun 53 2020
2015-03-04T00:00:00+00:00 Wed
string(1) "C"
string(1) "C"
bool(false)
string(1) "C"
string(1) "C"
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
Array
(
    [seconds] => 20
    [minutes] => 13
    [hours] => 17
    [mday] => 14
    [wday] => 2
    [mon] => 11
    [year] => 2023
    [yday] => 317
    [weekday] => Tuesday
    [month] => November
    [0] => 1700000000
)
Array
(
    [0] => 40
    [1] => 26
    [2] => 0
    [3] => 22
    [4] => 6
    [5] => 123
    [6] => 6
    [7] => 202
    [8] => 1
)
Array
(
    [tm_sec] => 20
    [tm_min] => 13
    [tm_hour] => 17
    [tm_mday] => 14
    [tm_mon] => 10
    [tm_year] => 123
    [tm_wday] => 2
    [tm_yday] => 317
    [tm_isdst] => 0
)
