<?php
$s = "abc;
