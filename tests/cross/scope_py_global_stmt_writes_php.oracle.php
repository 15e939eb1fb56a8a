<?php
$hits = 0;
function hit() { global $hits; $hits = $hits + 1; return $hits; }
hit();
hit();
echo hit(), " ", $hits, "\n";
