<?php
// sys.exit(3) in Python called from PHP ends the program with status 3, like PHP's exit(3).
echo "start\n";
$f = compile_py_func("def f():\n    import sys\n    print('py before exit')\n    sys.exit(3)");
$f();
echo "not reached\n";
