<?php
// Shutdown functions run after the script (and after exit()), inside its output buffers; the
// next request of a FastCGI worker must not run them again.
register_shutdown_function(function ($what) {
    echo "shutdown ran after $what, level ", ob_get_level(), "\n";
    error_log("logged from shutdown");
}, isset($_GET['exit']) ? 'exit' : 'the end');
ob_start();
echo "main\n";
if (isset($_GET['exit']))
    exit;
echo "end of main\n";
