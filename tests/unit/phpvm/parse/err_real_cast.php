<?php
$x = (real) 1;
