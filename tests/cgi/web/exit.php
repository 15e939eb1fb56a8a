<?php
// exit() inside a function and inside an output buffer ends the request; buffers are flushed.
ob_start();
echo "buffered ";
function stop() { echo "stopping\n"; exit(3); }
stop();
echo "never\n";
