--TEST--
the INI_* access-level constants, also from a namespace (global fallback)
--FILE--
<?php
namespace App;
var_dump(INI_USER, INI_PERDIR, INI_SYSTEM, \INI_ALL, defined("INI_ALL"));
--EXPECT--
int(1)
int(2)
int(4)
int(7)
bool(true)
