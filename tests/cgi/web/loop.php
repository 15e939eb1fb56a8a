<?php
// Runs past max_execution_time.
echo "looping\n";
$i = 0;
while (true) {
    $i++;
}
