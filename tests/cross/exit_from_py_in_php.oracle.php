<?php
echo "start\n";
function f() { echo "py before exit\n"; exit(3); }
f();
echo "not reached\n";
