<?php
// Warnings in php-cgi's HTML form, and a header() after output.
echo $undefined;
echo "text\n";
header('X-Too-Late: 1');
