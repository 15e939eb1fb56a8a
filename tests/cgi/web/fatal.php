<?php
// A fatal error ends the request, not the server; output before it is kept.
echo "before\n";
function deep() { undefined_function(); }
deep();
echo "never\n";
