<?php
function vals() { return [2 ** 20, 'widget', 22 / 7, -0.5, true]; }
$vals = vals();
printf("%d|%s|%.3f|%+.1f|%d\n", $vals[0], $vals[1], $vals[2], $vals[3], $vals[4]);
echo sprintf("%08.2f", $vals[2]), " ", number_format($vals[0]), "\n";
echo "interpolated: {$vals[1]} x {$vals[0]}\n";
