--TEST--
exceptions: restore_exception_handler and a handler that itself throws
--FILE--
<?php
set_exception_handler(function ($e) { echo "first handler\n"; });
set_exception_handler(function ($e) { echo "second handler\n"; });
restore_exception_handler();
set_exception_handler(null);
set_exception_handler(function ($e) { echo "handler got ", $e->getMessage(), "\n"; throw new Exception('from handler'); });
throw new Exception('original');
--EXPECTF--
handler got original

Fatal error: Uncaught Exception: from handler in %s:6
Stack trace:
#0 [internal function]: {closure}(Object(Exception))
#1 {main}
  thrown in %s on line 6
[exit 255: ]
