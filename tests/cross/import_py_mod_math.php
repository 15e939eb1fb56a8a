<?php
// import_py_mod of a standard-library module: math.
$math = import_py_mod("math");
printf("%.6f\n", $math->pi);
echo $math->factorial(10), "\n";
echo $math->gcd(84, 36), "\n";
printf("%.6f\n", $math->sqrt(2));
echo $math->floor(-2.5), " ", $math->ceil(2.1), "\n";
