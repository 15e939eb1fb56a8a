--TEST--
err: error_reporting() levels hide categories; the return value is the old level
--FILE--
<?php
echo error_reporting(), "\n";
$old = error_reporting(E_ALL & ~E_WARNING);
echo $old, " ", error_reporting(), "\n";
echo $hidden1;
echo "after hidden warning\n";
error_reporting(E_ALL & ~E_DEPRECATED);
$x = [1.5 => 'a'];
echo "deprecation hidden\n";
error_reporting(0);
echo $hidden2, 1 % 1, "\n";
trigger_error("user notice hidden", E_USER_NOTICE);
error_reporting(E_ALL);
echo $shown;
echo "\n";
var_dump(E_ALL, E_ERROR, E_WARNING, E_NOTICE, E_DEPRECATED, E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, E_USER_DEPRECATED, E_STRICT);
ini_set('error_reporting', (string)E_ERROR);
echo $hidden3, "ini hid it\n";
echo error_reporting(), "\n";
--EXPECTF--
32767
32767 32765
after hidden warning
deprecation hidden
0

Warning: Undefined variable $shown in %s on line 14

int(32767)
int(1)
int(2)
int(8)
int(8192)
int(256)
int(512)
int(1024)
int(16384)
int(2048)
ini hid it
1
