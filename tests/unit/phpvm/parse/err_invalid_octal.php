<?php
$x = 08;
