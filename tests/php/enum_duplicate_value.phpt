--TEST--
enums: duplicate backed values are a fatal error
--FILE--
<?php
enum E: string { case A = 'a'; case B = 'a'; } var_dump(E::A);
--EXPECTF--

Fatal error: Uncaught Error: Duplicate value in enum E for cases A and B in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
[exit 255: ]
