--TEST--
strtotime's grammar: relative words and amounts, weekdays with next/last/this week, nth and last weekday of, first/last day of, ISO weeks, compact ISO 8601, offsets and zone names, @timestamps, weekdays, back/front of, HHMM; tzdata zones with odd offsets; an unknown zone
--FILE--
<?php
date_default_timezone_set("America/New_York");
$base = 1700000000; // 2023-11-14 22:13:20 UTC
foreach (["next monday", "+1 week 2 days", "last day of next month", "first monday of january 2024", "tomorrow noon", "2024-03-10T02:30:00+05:30", "2024-03-10T02:30:00Z", "2024-03-10 12:00:00 Europe/Paris", "@1700000000", "yesterday", "midnight", "noon", "now", "today", "+1 day", "-2 weeks", "last friday", "this friday", "friday", "next month", "last year", "first day of this month", "last day of february", "2024-02-29", "Feb 29 2024", "29 Feb 2024 13:00", "2024/02/29", "02/29/2024", "29.02.2024", "10am", "10:30pm", "tomorrow 10:00", "monday next week", "saturday this week", "third wednesday of next month", "last sunday of march 2024", "1 year ago", "3 days ago", "+1 month -1 day", "2024-W05", "2024-W05-3", "20240315", "20240315T101500", "2024-03-15 10:15:00.123456", "Sat, 16 Mar 2024 10:00:00 GMT", "2024-03-15T10:15:00.5+01:00", "garbage", "", "12/25", "Dec 25", "back of 7pm", "+2 hours 30 minutes", "next year jan 1", "2024-01-01 00:00 EST", "2024-07-01 00:00 PDT", "noon tomorrow", "midnight +1 day", "first day of next year", "last monday", "+1 weekday", "+3 weekdays", "tuesday +1 week", "1 Jan", "Jan 2025", "2025", "1999-12-31 23:59:59 +0000"] as $s) {
    $t = strtotime($s, $base);
    echo str_pad($s, 36), " => ", $t === false ? "false" : date("Y-m-d H:i:s T", $t), "\n";
}
date_default_timezone_set("Europe/Berlin");
$base = mktime(9, 30, 0, 3, 30, 2024); // Saturday before the DST change
foreach (["+1 day", "+24 hours", "tomorrow", "next sunday 02:30", "2024-03-31 02:30", "2024-10-27 02:30", "last day of this month 23:59:59", "first day of next month midnight", "+1 weekday", "-1 weekday", "+5 weekdays", "second friday of next month", "fifth monday of april 2024", "last friday of this month", "2024-W01", "2020W537", "19991231T235959", "monday this week", "sunday last week", "tuesday next week", "+1 week monday", "2024-03-30 9:30 America/New_York", "2024-03-30 9:30 +02:00", "2024-03-30T09:30:00.75-03:30", "@0", "@-1000", "@1700000000.5", "noon yesterday", "back of 0", "front of 3pm", "2359", "0000"] as $s) {
    $t = strtotime($s, $base);
    echo str_pad($s, 36), " => ", $t === false ? "false" : date("D Y-m-d H:i:s T", $t), "\n";
}
foreach (["Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "UTC", "Etc/GMT+5"] as $tz) {
    date_default_timezone_set($tz);
    echo $tz, " ", date("Y-m-d H:i:s T P e I", 1700000000), " ", date("c", strtotime("2024-07-01 12:00")), "\n";
}
var_dump(date_default_timezone_set("Not/AZone"), date_default_timezone_get());
--EXPECTF--
next monday                          => 2023-11-20 00:00:00 EST
+1 week 2 days                       => 2023-11-23 17:13:20 EST
last day of next month               => 2023-12-31 17:13:20 EST
first monday of january 2024         => 2024-01-01 00:00:00 EST
tomorrow noon                        => 2023-11-15 12:00:00 EST
2024-03-10T02:30:00+05:30            => 2024-03-09 16:00:00 EST
2024-03-10T02:30:00Z                 => 2024-03-09 21:30:00 EST
2024-03-10 12:00:00 Europe/Paris     => 2024-03-10 07:00:00 EDT
@1700000000                          => 2023-11-14 17:13:20 EST
yesterday                            => 2023-11-13 00:00:00 EST
midnight                             => 2023-11-14 00:00:00 EST
noon                                 => 2023-11-14 12:00:00 EST
now                                  => 2023-11-14 17:13:20 EST
today                                => 2023-11-14 00:00:00 EST
+1 day                               => 2023-11-15 17:13:20 EST
-2 weeks                             => 2023-10-31 17:13:20 EDT
last friday                          => 2023-11-10 00:00:00 EST
this friday                          => 2023-11-17 00:00:00 EST
friday                               => 2023-11-17 00:00:00 EST
next month                           => 2023-12-14 17:13:20 EST
last year                            => 2022-11-14 17:13:20 EST
first day of this month              => 2023-11-01 17:13:20 EDT
last day of february                 => 2023-02-28 00:00:00 EST
2024-02-29                           => 2024-02-29 00:00:00 EST
Feb 29 2024                          => 2024-02-29 00:00:00 EST
29 Feb 2024 13:00                    => 2024-02-29 13:00:00 EST
2024/02/29                           => 2024-02-29 00:00:00 EST
02/29/2024                           => 2024-02-29 00:00:00 EST
29.02.2024                           => 2024-02-29 00:00:00 EST
10am                                 => 2023-11-14 10:00:00 EST
10:30pm                              => 2023-11-14 22:30:00 EST
tomorrow 10:00                       => 2023-11-15 10:00:00 EST
monday next week                     => 2023-11-20 00:00:00 EST
saturday this week                   => 2023-11-18 00:00:00 EST
third wednesday of next month        => 2023-12-20 00:00:00 EST
last sunday of march 2024            => 2024-03-31 00:00:00 EDT
1 year ago                           => 2022-11-14 17:13:20 EST
3 days ago                           => 2023-11-11 17:13:20 EST
+1 month -1 day                      => 2023-12-13 17:13:20 EST
2024-W05                             => 2024-01-29 00:00:00 EST
2024-W05-3                           => 2024-01-31 00:00:00 EST
20240315                             => 2024-03-15 00:00:00 EDT
20240315T101500                      => 2024-03-15 10:15:00 EDT
2024-03-15 10:15:00.123456           => 2024-03-15 10:15:00 EDT
Sat, 16 Mar 2024 10:00:00 GMT        => 2024-03-16 06:00:00 EDT
2024-03-15T10:15:00.5+01:00          => 2024-03-15 05:15:00 EDT
garbage                              => false
                                     => false
12/25                                => 2023-12-25 00:00:00 EST
Dec 25                               => 2023-12-25 00:00:00 EST
back of 7pm                          => 2023-11-14 19:15:00 EST
+2 hours 30 minutes                  => 2023-11-14 19:43:20 EST
next year jan 1                      => 2024-01-01 00:00:00 EST
2024-01-01 00:00 EST                 => 2024-01-01 00:00:00 EST
2024-07-01 00:00 PDT                 => 2024-07-01 03:00:00 EDT
noon tomorrow                        => 2023-11-15 00:00:00 EST
midnight +1 day                      => 2023-11-15 00:00:00 EST
first day of next year               => 2024-11-01 17:13:20 EDT
last monday                          => 2023-11-13 00:00:00 EST
+1 weekday                           => 2023-11-15 17:13:20 EST
+3 weekdays                          => 2023-11-17 17:13:20 EST
tuesday +1 week                      => 2023-11-21 00:00:00 EST
1 Jan                                => 2023-01-01 00:00:00 EST
Jan 2025                             => 2025-01-01 00:00:00 EST
2025                                 => 2023-11-14 20:25:00 EST
1999-12-31 23:59:59 +0000            => 1999-12-31 18:59:59 EST
+1 day                               => Sun 2024-03-31 09:30:00 CEST
+24 hours                            => Sun 2024-03-31 09:30:00 CEST
tomorrow                             => Sun 2024-03-31 00:00:00 CET
next sunday 02:30                    => Sun 2024-03-31 03:30:00 CEST
2024-03-31 02:30                     => Sun 2024-03-31 03:30:00 CEST
2024-10-27 02:30                     => Sun 2024-10-27 02:30:00 CET
last day of this month 23:59:59      => Sun 2024-03-31 23:59:59 CEST
first day of next month midnight     => Mon 2024-04-01 00:00:00 CEST
+1 weekday                           => Mon 2024-04-01 09:30:00 CEST
-1 weekday                           => Fri 2024-03-29 09:30:00 CET
+5 weekdays                          => Fri 2024-04-05 09:30:00 CEST
second friday of next month          => Fri 2024-04-12 00:00:00 CEST
fifth monday of april 2024           => Mon 2024-04-29 00:00:00 CEST
last friday of this month            => Fri 2024-03-29 00:00:00 CET
2024-W01                             => Mon 2024-01-01 00:00:00 CET
2020W537                             => Sun 2021-01-03 00:00:00 CET
19991231T235959                      => Fri 1999-12-31 23:59:59 CET
monday this week                     => Mon 2024-03-25 00:00:00 CET
sunday last week                     => Sun 2024-03-24 00:00:00 CET
tuesday next week                    => Tue 2024-04-02 00:00:00 CEST
+1 week monday                       => Mon 2024-04-08 00:00:00 CEST
2024-03-30 9:30 America/New_York     => Sat 2024-03-30 14:30:00 CET
2024-03-30 9:30 +02:00               => Sat 2024-03-30 08:30:00 CET
2024-03-30T09:30:00.75-03:30         => Sat 2024-03-30 14:00:00 CET
@0                                   => Thu 1970-01-01 01:00:00 CET
@-1000                               => Thu 1970-01-01 00:43:20 CET
@1700000000.5                        => Tue 2023-11-14 23:13:20 CET
noon yesterday                       => Fri 2024-03-29 00:00:00 CET
back of 0                            => Sat 2024-03-30 00:15:00 CET
front of 3pm                         => Sat 2024-03-30 14:45:00 CET
2359                                 => Sat 2024-03-30 23:59:00 CET
0000                                 => Sat 2024-03-30 00:00:00 CET
Asia/Kolkata 2023-11-15 03:43:20 IST +05:30 Asia/Kolkata 0 2024-07-01T12:00:00+05:30
Australia/Lord_Howe 2023-11-15 09:13:20 +11 +11:00 Australia/Lord_Howe 1 2024-07-01T12:00:00+10:30
America/St_Johns 2023-11-14 18:43:20 NST -03:30 America/St_Johns 0 2024-07-01T12:00:00-02:30
Pacific/Chatham 2023-11-15 11:58:20 +1345 +13:45 Pacific/Chatham 1 2024-07-01T12:00:00+12:45
UTC 2023-11-14 22:13:20 UTC +00:00 UTC 0 2024-07-01T12:00:00+00:00
Etc/GMT+5 2023-11-14 17:13:20 -05 -05:00 Etc/GMT+5 0 2024-07-01T12:00:00-05:00

Notice: date_default_timezone_set(): Timezone ID 'Not/AZone' is invalid in %s on line 18
bool(false)
string(9) "Etc/GMT+5"
