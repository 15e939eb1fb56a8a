<?php
$a = <<<EOT
  plain $name text
    more {$obj->x} and ${y}
  EOT;
$b = <<<'NOW'
    raw $not {$interp}
      indented
    NOW;
$c = <<<"Q"
Q;
f(<<<A
    one
    A, <<<B
  two
  B);
$d = [<<<X
  a
   b

  c
  X];
