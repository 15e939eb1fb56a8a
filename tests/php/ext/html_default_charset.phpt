--TEST--
htmlentities and friends take their charset from default_charset when none is given; ini_get/ini_set reach default_charset and include_path
--INI--
default_charset=ISO-8859-1
--FILE--
<?php
var_dump(ini_get('default_charset'));
var_dump(htmlentities("caf\xe9 \xa9", ENT_QUOTES, ''));
var_dump(htmlentities("caf\xe9", ENT_QUOTES, null));
var_dump(bin2hex(html_entity_decode("&eacute;&euro;", ENT_QUOTES, '')));
var_dump(ini_set('default_charset', 'cp1252'));
var_dump(htmlentities("\x80\x99", ENT_QUOTES, ''));
var_dump(ini_get('default_charset'));
var_dump(ini_set('default_charset', 'UTF-8'));
var_dump(htmlentities("caf\xc3\xa9", ENT_QUOTES, ''));
var_dump(ini_get('include_path'));
var_dump(set_include_path('/nowhere:.'));
var_dump(ini_get('include_path'));
var_dump(ini_set('include_path', '.'));
var_dump(get_include_path());
--EXPECT--
string(10) "ISO-8859-1"
string(18) "caf&eacute; &copy;"
string(11) "caf&eacute;"
string(14) "e9266575726f3b"
string(10) "ISO-8859-1"
string(13) "&euro;&trade;"
string(6) "cp1252"
string(6) "cp1252"
string(11) "caf&eacute;"
string(16) ".:/usr/share/php"
string(16) ".:/usr/share/php"
string(10) "/nowhere:."
string(10) "/nowhere:."
string(1) "."
