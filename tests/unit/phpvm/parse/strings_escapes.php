<?php
$a = 'single \' \\ \n $x';
$b = "tab\tnl\ncr\rv\ve\ef\f\\ \$ \" \101\x41\u{1F600}\u{41} \q \400";
$c = b"binary";
$d = "a" . 'b' . 1 . 2.5 . 1e20;
$e = '';
