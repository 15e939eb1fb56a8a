<?php
echo "$a $a[0] $a[k] $a[-1] $a[012] $a[$i] $o->p $o?->q {$o->p->q} ${x} ${x[1]} ${'y'} {$a['k']} \$no {$f()}";
echo "$a[0x1A] $a[9223372036854775808]{$a::$b}";
echo `ls -l $dir {$x}`;
echo ``;
