--TEST--
__COMPILER_HALT_OFFSET__: the byte offset past __halt_compiler(); usable anywhere in the file, also in constant expressions
--FILE--
<?php
class Payload { const START = __COMPILER_HALT_OFFSET__; }
function payload() { return file_get_contents(__FILE__, false, null, __COMPILER_HALT_OFFSET__); }
var_dump(Payload::START === __COMPILER_HALT_OFFSET__, trim(payload()));
echo strtoupper(substr(payload(), 1, 4)), "\n";
__halt_compiler();
data line one
data line two
--EXPECT--
bool(true)
string(27) "data line one
data line two"
DATA
