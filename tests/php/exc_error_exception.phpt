--TEST--
exceptions: ErrorException from an error handler, severity, and converting warnings to exceptions
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) { throw new ErrorException($str, 0, $no, $file, $line); });
try { $x = [] ; echo $x['missing']; } catch (ErrorException $e) { echo $e->getMessage(), " sev=", $e->getSeverity(), " ", $e->getSeverity() === E_WARNING ? 'warning' : 'other', "\n"; }
try { echo $undefinedVar; } catch (ErrorException $e) { echo $e->getMessage(), "\n"; }
try { $r = 10 / "x"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo intdiv("5", 2), " ", "5 apples" + 1, "\n"; } catch (ErrorException $e) { echo $e->getMessage(), "\n"; }
restore_error_handler();
$e = new ErrorException('m', 1, E_NOTICE, 'f.php', 7); var_dump($e->getSeverity(), $e->getFile(), $e->getLine());
--EXPECT--
Undefined array key "missing" sev=2 warning
Undefined variable $undefinedVar
TypeError: Unsupported operand types: int / string
2 A non-numeric value encountered
int(8)
string(5) "f.php"
int(7)
