<?php
// The request as the script sees it: superglobals, inside a function too.
function seen() { return is_array($_GET) && is_array($_SERVER) ? "superglobals in functions\n" : "none\n"; }
echo seen();
echo "GET "; print_r($_GET);
echo "POST "; print_r($_POST);
echo "COOKIE "; print_r($_COOKIE);
echo "REQUEST "; print_r($_REQUEST);
foreach (['REQUEST_METHOD', 'QUERY_STRING', 'SCRIPT_NAME', 'PHP_SELF', 'PATH_INFO', 'REQUEST_URI',
          'CONTENT_TYPE', 'CONTENT_LENGTH', 'HTTP_X_CUSTOM', 'argv', 'argc', 'GATEWAY_INTERFACE',
          'SERVER_PROTOCOL'] as $k) {
    echo $k, ": ", isset($_SERVER[$k]) ? var_export($_SERVER[$k], true) : '-', "\n";
}
echo "SCRIPT_FILENAME ok: ", var_export($_SERVER['SCRIPT_FILENAME'] === __FILE__, true), "\n";
echo "times: ", var_export(is_int($_SERVER['REQUEST_TIME']) && is_float($_SERVER['REQUEST_TIME_FLOAT']), true), "\n";
