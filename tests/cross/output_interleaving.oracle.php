<?php
function p($i) { echo "py $i; "; }
for ($i = 0; $i < 5; $i++) { echo "php $i; "; p($i); }
echo "\n";
function big() { echo str_repeat('y', 5000), "\n"; }
echo str_repeat("x", 5000), "\n";
big();
printf("%s\n", "after big");
function q() { echo "py line\n"; }
for ($i = 0; $i < 3; $i++) { q(); print("php line\n"); }
