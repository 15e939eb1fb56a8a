--TEST--
ErrorException: severity, file and line arguments, getSeverity, thrown from an error handler
--FILE--
<?php
set_error_handler(function (int $severity, string $message, string $file, int $line): bool {
    throw new ErrorException($message, 0, $severity, $file, $line);
});
function test(): string { return $undefinedVar; }
try { test(); } catch (ErrorException $e) { var_dump($e->getMessage(), $e->getSeverity(), $e->getLine(), basename($e->getFile())); }
$e = new ErrorException("msg", 3, E_USER_WARNING, "somefile.php", 42, new Exception("prev"));
var_dump($e->getCode(), $e->getSeverity(), $e->getFile(), $e->getLine(), $e->getPrevious()->getMessage());
$d = new ErrorException();
var_dump($d->getSeverity());
--EXPECT--
string(32) "Undefined variable $undefinedVar"
int(2)
int(5)
string(19) "error_exception.php"
int(3)
int(512)
string(12) "somefile.php"
int(42)
string(4) "prev"
int(1)
