<?php
// getenv(), $_ENV and $_SERVER: the request's variables and the process environment.
var_dump(getenv('REQUEST_METHOD'), getenv('NO_SUCH_VARIABLE'));
var_dump(getenv('PHP_FCGI_CHILDREN'), $_ENV['PHP_FCGI_CHILDREN'] ?? null,
         $_SERVER['PHP_FCGI_CHILDREN'] ?? null);
var_dump(is_array(getenv()), isset($_ENV['REQUEST_METHOD']));
