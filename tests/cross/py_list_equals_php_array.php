<?php
// PHP's == between a Python list (array-like in PHP) and an equal PHP array.
$m = compile_py_mod("eqm", "l = [1, 2, 3]\nd = {'a': 1}\n");
var_dump($m->l == [1, 2, 3], $m->l != [1, 2], $m->d == ['a' => 1], [1, 2, 3] == $m->l);
