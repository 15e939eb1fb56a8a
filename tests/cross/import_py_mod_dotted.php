<?php
// Dotted names return the leaf module; classes in it are instantiated from PHP.
$shapes = import_py_mod("modules.crosspkg.shapes");
$pkg = import_py_mod("modules.crosspkg");
echo $pkg->VERSION, "\n";
$c = $shapes->Circle(1);
$s = $shapes->Square(2);
printf("%.5f %d\n", $c->area(), $s->area());
$big = $shapes->largest([$c, $s, $shapes->Circle(2)]);
printf("%.3f\n", $big->area());
