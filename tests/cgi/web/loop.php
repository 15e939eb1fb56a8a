<?php
// Runs past max_execution_time (the loop on one line: where the timer strikes is that line).
echo "looping\n";
$i = 0;
while (true) $i++;
