--TEST--
DateTime basics: modify with relative formats, DateTimeImmutable add/sub across DST (hours as elapsed time), diff in both directions and its format, DateInterval format, DatePeriod with recurrences and end dates, createFromFormat, checkdate, zones and conversions, bad zones and intervals
--FILE--
<?php
date_default_timezone_set("Europe/London");
$d = new DateTime("2024-01-31 10:00:00");
foreach (["+1 month", "last day of next month", "-1 day", "next monday", "+90 minutes", "first day of this month midnight"] as $m) { $c = clone $d; echo $m, " => ", $c->modify($m)->format("Y-m-d H:i:s D"), "\n"; }
$i = new DateTimeImmutable("2024-03-30 12:00", new DateTimeZone("Europe/Berlin"));
$j = $i->add(new DateInterval("P1DT2H")); echo $i->format(DATE_ATOM), " ", $j->format(DATE_ATOM), " ", $j->sub(new DateInterval("PT26H"))->format(DATE_RFC2822), "\n";
$a = new DateTime("2000-02-29"); $b = new DateTime("2024-03-15 13:14:15");
$df = $a->diff($b); echo $df->y, " ", $df->m, " ", $df->d, " ", $df->h, " ", $df->days, " ", $df->invert, " ", $df->format("%y years %m months %d days %a total %R %H:%I:%S"), "\n";
$df2 = $b->diff($a); echo $df2->format("%R%a days, %y-%m-%d"), " ", $df2->invert, "\n";
$iv = new DateInterval("P1Y2M3DT4H5M6S"); echo $iv->format("%Y-%M-%D %H:%I:%S %% %y %m %d %h %i %s"), "\n";
$p = new DatePeriod(new DateTime("2024-01-01"), new DateInterval("P1W"), 3); foreach ($p as $dt) echo $dt->format("m/d l"), "; "; echo "\n";
$p = new DatePeriod(new DateTime("2024-01-01"), new DateInterval("P10D"), new DateTime("2024-02-01"), DatePeriod::EXCLUDE_START_DATE); foreach ($p as $dt) echo $dt->format("Y-m-d"), " "; echo "\n";
var_dump(DateTime::createFromFormat("d/m/Y H:i", "15/08/2023 14:30")->format("c"), date_create("not a date"), checkdate(2, 29, 2023), checkdate(2, 29, 2024), mktime(0, 0, 0, 13, 1, 2023) === mktime(0, 0, 0, 1, 1, 2024), date("L N jS z t", mktime(0, 0, 0, 12, 31, 2024)), idate("y", 0));
$tz = new DateTimeZone("America/New_York"); $x = new DateTime("2024-07-04 12:00", $tz); echo $x->getOffset(), " ", $tz->getName(), " ", $x->format("T e P U"), " ", $x->setTimezone(new DateTimeZone("Asia/Tokyo"))->format("Y-m-d H:i T"), "\n";
try { new DateTimeZone("Mars/Base"); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new DateInterval("P1X"); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo $d->getTimestamp(), " ", (new DateTime("@86400"))->format("Y-m-d e"), " ", $d->setDate(2020, 2, 30)->setTime(25, 0)->format("Y-m-d H:i"), "\n";
--EXPECT--
+1 month => 2024-03-02 10:00:00 Sat
last day of next month => 2024-02-29 10:00:00 Thu
-1 day => 2024-01-30 10:00:00 Tue
next monday => 2024-02-05 00:00:00 Mon
+90 minutes => 2024-01-31 11:30:00 Wed
first day of this month midnight => 2024-01-01 00:00:00 Mon
2024-03-30T12:00:00+01:00 2024-03-31T14:00:00+02:00 Sat, 30 Mar 2024 11:00:00 +0100
24 0 15 13 8781 0 24 years 0 months 15 days 8781 total + 13:14:15
-8781 days, 24-0-15 1
01-02-03 04:05:06 % 1 2 3 4 5 6
01/01 Monday; 01/08 Monday; 01/15 Monday; 01/22 Monday; 
2024-01-11 2024-01-21 2024-01-31 
string(25) "2023-08-15T14:30:00+01:00"
bool(false)
bool(false)
bool(true)
bool(true)
string(15) "1 2 31st 365 31"
int(70)
-14400 America/New_York EDT America/New_York -04:00 1720108800 2024-07-05 01:00 JST
Exception: DateTimeZone::__construct(): Unknown or bad timezone (Mars/Base)
Exception: Unknown or bad format (P1X)
1706695200 1970-01-02 +00:00 2020-03-02 01:00
