--TEST--
strftime/gmstrftime (8.1 deprecation, C-locale conversions), timezone_identifiers_list groups and countries, DateTimeZone group constants, date_parse of dates, times, fractions, zones and relative parts
--FILE--
<?php
date_default_timezone_set("America/New_York");
$t = 1700000000;
echo strftime("%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %j %U %W %V %G %u %w %e %I %p %y %C %D %T %R %% %n%t|", $t), "\n";
echo gmstrftime("%Y-%m-%d %H:%M:%S %Z %z %c %x %X", $t), "\n";
var_dump(strftime("", $t), strftime("%Y", 0));
print_r(array_slice(timezone_identifiers_list(), 0, 5)); var_dump(count(timezone_identifiers_list()), count(timezone_identifiers_list(DateTimeZone::EUROPE)), timezone_identifiers_list(DateTimeZone::PER_COUNTRY, "NZ"), count(timezone_identifiers_list(DateTimeZone::UTC)));
foreach (["2006-12-12 10:00:00.5", "2006-12-12", "10:00", "next monday", "+1 week 2 days 4 hours 2 seconds", "2024-03-10T02:30:00+05:30", "2024-03-10 12:00 Europe/Paris", "2024-01-01 EST", "last day of next month", "@1700000000"] as $s) { echo $s, "\n"; var_dump(date_parse($s)); }
--EXPECTF--

Deprecated: Function strftime() is deprecated in %s on line 4
2023-11-14 17:13:20 EST -0500 Tue Tuesday Nov November 318 46 46 46 2023 2 2 14 05 PM 23 20 11/14/23 17:13:20 17:13 % 
	|

Deprecated: Function gmstrftime() is deprecated in %s on line 5
2023-11-14 22:13:20 GMT +0000 Tue Nov 14 22:13:20 2023 11/14/23 22:13:20

Deprecated: Function strftime() is deprecated in %s on line 6

Deprecated: Function strftime() is deprecated in %s on line 6
bool(false)
string(4) "1969"
Array
(
    [0] => Africa/Abidjan
    [1] => Africa/Accra
    [2] => Africa/Addis_Ababa
    [3] => Africa/Algiers
    [4] => Africa/Asmara
)
int(419)
int(58)
array(2) {
  [0]=>
  string(16) "Pacific/Auckland"
  [1]=>
  string(15) "Pacific/Chatham"
}
int(1)
2006-12-12 10:00:00.5
array(12) {
  ["year"]=>
  int(2006)
  ["month"]=>
  int(12)
  ["day"]=>
  int(12)
  ["hour"]=>
  int(10)
  ["minute"]=>
  int(0)
  ["second"]=>
  int(0)
  ["fraction"]=>
  float(0.5)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(false)
}
2006-12-12
array(12) {
  ["year"]=>
  int(2006)
  ["month"]=>
  int(12)
  ["day"]=>
  int(12)
  ["hour"]=>
  bool(false)
  ["minute"]=>
  bool(false)
  ["second"]=>
  bool(false)
  ["fraction"]=>
  bool(false)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(false)
}
10:00
array(12) {
  ["year"]=>
  bool(false)
  ["month"]=>
  bool(false)
  ["day"]=>
  bool(false)
  ["hour"]=>
  int(10)
  ["minute"]=>
  int(0)
  ["second"]=>
  int(0)
  ["fraction"]=>
  float(0)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(false)
}
next monday
array(13) {
  ["year"]=>
  bool(false)
  ["month"]=>
  bool(false)
  ["day"]=>
  bool(false)
  ["hour"]=>
  int(0)
  ["minute"]=>
  int(0)
  ["second"]=>
  int(0)
  ["fraction"]=>
  float(0)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(false)
  ["relative"]=>
  array(7) {
    ["year"]=>
    int(0)
    ["month"]=>
    int(0)
    ["day"]=>
    int(0)
    ["hour"]=>
    int(0)
    ["minute"]=>
    int(0)
    ["second"]=>
    int(0)
    ["weekday"]=>
    int(1)
  }
}
+1 week 2 days 4 hours 2 seconds
array(13) {
  ["year"]=>
  bool(false)
  ["month"]=>
  bool(false)
  ["day"]=>
  bool(false)
  ["hour"]=>
  bool(false)
  ["minute"]=>
  bool(false)
  ["second"]=>
  bool(false)
  ["fraction"]=>
  bool(false)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(false)
  ["relative"]=>
  array(6) {
    ["year"]=>
    int(0)
    ["month"]=>
    int(0)
    ["day"]=>
    int(9)
    ["hour"]=>
    int(4)
    ["minute"]=>
    int(0)
    ["second"]=>
    int(2)
  }
}
2024-03-10T02:30:00+05:30
array(15) {
  ["year"]=>
  int(2024)
  ["month"]=>
  int(3)
  ["day"]=>
  int(10)
  ["hour"]=>
  int(2)
  ["minute"]=>
  int(30)
  ["second"]=>
  int(0)
  ["fraction"]=>
  float(0)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(true)
  ["zone_type"]=>
  int(1)
  ["zone"]=>
  int(19800)
  ["is_dst"]=>
  bool(false)
}
2024-03-10 12:00 Europe/Paris
array(14) {
  ["year"]=>
  int(2024)
  ["month"]=>
  int(3)
  ["day"]=>
  int(10)
  ["hour"]=>
  int(12)
  ["minute"]=>
  int(0)
  ["second"]=>
  int(0)
  ["fraction"]=>
  float(0)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(true)
  ["zone_type"]=>
  int(3)
  ["tz_id"]=>
  string(12) "Europe/Paris"
}
2024-01-01 EST
array(16) {
  ["year"]=>
  int(2024)
  ["month"]=>
  int(1)
  ["day"]=>
  int(1)
  ["hour"]=>
  bool(false)
  ["minute"]=>
  bool(false)
  ["second"]=>
  bool(false)
  ["fraction"]=>
  bool(false)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(true)
  ["zone_type"]=>
  int(2)
  ["zone"]=>
  int(-18000)
  ["is_dst"]=>
  bool(false)
  ["tz_abbr"]=>
  string(3) "EST"
}
last day of next month
array(13) {
  ["year"]=>
  bool(false)
  ["month"]=>
  bool(false)
  ["day"]=>
  bool(false)
  ["hour"]=>
  bool(false)
  ["minute"]=>
  bool(false)
  ["second"]=>
  bool(false)
  ["fraction"]=>
  bool(false)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(false)
  ["relative"]=>
  array(7) {
    ["year"]=>
    int(0)
    ["month"]=>
    int(1)
    ["day"]=>
    int(0)
    ["hour"]=>
    int(0)
    ["minute"]=>
    int(0)
    ["second"]=>
    int(0)
    ["last_day_of_month"]=>
    bool(true)
  }
}
@1700000000
array(16) {
  ["year"]=>
  int(1970)
  ["month"]=>
  int(1)
  ["day"]=>
  int(1)
  ["hour"]=>
  int(0)
  ["minute"]=>
  int(0)
  ["second"]=>
  int(0)
  ["fraction"]=>
  float(0)
  ["warning_count"]=>
  int(0)
  ["warnings"]=>
  array(0) {
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
  ["is_localtime"]=>
  bool(true)
  ["zone_type"]=>
  int(1)
  ["zone"]=>
  int(0)
  ["is_dst"]=>
  bool(false)
  ["relative"]=>
  array(6) {
    ["year"]=>
    int(0)
    ["month"]=>
    int(0)
    ["day"]=>
    int(0)
    ["hour"]=>
    int(0)
    ["minute"]=>
    int(0)
    ["second"]=>
    int(1700000000)
  }
}
