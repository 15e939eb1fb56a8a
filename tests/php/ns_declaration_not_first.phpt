--TEST--
A namespace declaration after another statement is a compile error
--FILE--
<?php
declare(ticks=1);
echo "never printed\n";
namespace App;
--EXPECTF--

Fatal error: Namespace declaration statement has to be the very first statement or after any declare call in the script in %s on line 4
[exit 255: ]
