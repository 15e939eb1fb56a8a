--TEST--
enums: a backed enum case whose value has the wrong type is a fatal error
--FILE--
<?php
enum E: int { case A = 'x'; } var_dump(E::A);
--EXPECTF--

Fatal error: Uncaught TypeError: Enum case type string does not match enum backing type int in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
[exit 255: ]
