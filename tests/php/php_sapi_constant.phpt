--TEST--
PHP_SAPI is php_sapi_name()'s; a script's #! line is not output
--FILE--
#!/usr/bin/env php
<?php
echo PHP_SAPI, " ", php_sapi_name(), " ", PHP_SAPI === php_sapi_name() ? "same" : "differ", "\n";
--EXPECT--
cli cli same
