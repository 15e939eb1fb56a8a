<?php
$x = <<<E
    a
  b
    E;
