<?php
$a = "x" "y";
