--TEST--
ob_get_status, ob_start chunk sizes and ability flags with their notices
--FILE--
<?php
var_dump(ob_get_status(), ob_get_status(true));
ob_start();
echo "abc";
$s = ob_get_status();
ob_end_clean();
var_dump($s);
ob_start(null, 10);
echo "12345";
$a = ob_get_status();
echo "678901234";
$b = ob_get_status();
ob_end_clean();
var_dump($a, $b);
function h($buf, $phase) { return strtoupper($buf); }
ob_start("h");
ob_start(fn($b) => $b, 0, PHP_OUTPUT_HANDLER_STDFLAGS & ~PHP_OUTPUT_HANDLER_CLEANABLE);
echo "inner";
$st = ob_get_status(true);
var_dump(@ob_clean());
$msg = error_get_last()["message"];
var_dump(ob_flush());
$st2 = ob_get_status(true);
ob_end_flush();
ob_end_flush();
echo "\n";
var_dump($msg, $st, $st2);
ob_start(null, 0, 0);
echo "locked";
var_dump(ob_flush(), ob_clean(), ob_end_flush(), ob_end_clean());
$c = ob_get_clean();
$d = ob_get_flush();
var_dump(ob_get_level());
$st = ob_get_status();
while (ob_get_level()) { @ob_end_clean(); if (ob_get_level()) break; }
echo "\n";
var_dump($c, $d, $st);
ob_start(null, 0, PHP_OUTPUT_HANDLER_REMOVABLE);
echo str_repeat("x", 20000);
$big = ob_get_status();
ob_end_clean();
var_dump($big);
ob_start(function ($b) { return false; });
echo "z";
ob_flush();
$f = ob_get_status();
ob_end_clean();
var_dump($f);
var_dump(PHP_OUTPUT_HANDLER_STARTED, PHP_OUTPUT_HANDLER_DISABLED);
--EXPECTF--
array(0) {
}
array(0) {
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(3)
}
12345678901234array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(10)
  ["buffer_size"]=>
  int(4096)
  ["buffer_used"]=>
  int(5)
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(20592)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(10)
  ["buffer_size"]=>
  int(4096)
  ["buffer_used"]=>
  int(0)
}
INNERBOOL(FALSE)
BOOL(TRUE)

string(60) "ob_clean(): Failed to delete buffer of Closure::__invoke (1)"
array(2) {
  [0]=>
  array(7) {
    ["name"]=>
    string(1) "h"
    ["type"]=>
    int(1)
    ["flags"]=>
    int(113)
    ["level"]=>
    int(0)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(0)
  }
  [1]=>
  array(7) {
    ["name"]=>
    string(17) "Closure::__invoke"
    ["type"]=>
    int(1)
    ["flags"]=>
    int(97)
    ["level"]=>
    int(1)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(5)
  }
}
array(2) {
  [0]=>
  array(7) {
    ["name"]=>
    string(1) "h"
    ["type"]=>
    int(1)
    ["flags"]=>
    int(113)
    ["level"]=>
    int(0)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(17)
  }
  [1]=>
  array(7) {
    ["name"]=>
    string(17) "Closure::__invoke"
    ["type"]=>
    int(1)
    ["flags"]=>
    int(20577)
    ["level"]=>
    int(1)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(11)
  }
}
locked
Notice: ob_flush(): Failed to flush buffer of default output handler (0) in %s on line 30

Notice: ob_clean(): Failed to delete buffer of default output handler (0) in %s on line 30

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s on line 30

Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 30
bool(false)
bool(false)
bool(false)
bool(false)

Notice: ob_get_clean(): Failed to discard buffer of default output handler (0) in %s on line 31

Notice: ob_get_clean(): Failed to delete buffer of default output handler (0) in %s on line 31

Notice: ob_get_flush(): Failed to send buffer of default output handler (0) in %s on line 32

Notice: ob_get_flush(): Failed to delete buffer of default output handler (0) in %s on line 32
int(1)

string(588) "locked
Notice: ob_flush(): Failed to flush buffer of default output handler (0) in %s on line 30

Notice: ob_clean(): Failed to delete buffer of default output handler (0) in %s on line 30

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s on line 30

Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 30
bool(false)
bool(false)
bool(false)
bool(false)
"
string(861) "locked
Notice: ob_flush(): Failed to flush buffer of default output handler (0) in %s on line 30

Notice: ob_clean(): Failed to delete buffer of default output handler (0) in %s on line 30

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s on line 30

Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 30
bool(false)
bool(false)
bool(false)
bool(false)

Notice: ob_get_clean(): Failed to discard buffer of default output handler (0) in %s on line 31

Notice: ob_get_clean(): Failed to delete buffer of default output handler (0) in %s on line 31
"
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(0)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(1138)
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(64)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(32768)
  ["buffer_used"]=>
  int(20000)
}
zarray(7) {
  ["name"]=>
  string(17) "Closure::__invoke"
  ["type"]=>
  int(1)
  ["flags"]=>
  int(12401)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(0)
  ["buffer_used"]=>
  int(0)
}
int(4096)
int(8192)
