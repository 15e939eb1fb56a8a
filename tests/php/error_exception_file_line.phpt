--TEST--
ErrorException: a file given without a line sets the line to 0; a line alone keeps the file where the exception was made
--FILE--
<?php
foreach ([[], ["m", 1, E_WARNING, "lib.php"], ["m", 1, E_WARNING, "lib.php", null], ["m", 1, E_WARNING, null, 42], ["m", 1, E_WARNING, "lib.php", 7]] as $args) {
    $e = new ErrorException(...$args);
    echo basename($e->getFile()), ":", $e->getLine(), " severity ", $e->getSeverity(), "\n";
}
--EXPECT--
error_exception_file_line.php:3 severity 1
lib.php:0 severity 2
lib.php:0 severity 2
error_exception_file_line.php:42 severity 2
lib.php:7 severity 2
