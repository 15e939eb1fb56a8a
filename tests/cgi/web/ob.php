<?php
// Output buffering under a web server: headers after buffered output, handlers, chunks, levels.
ob_start();
echo "buffered first\n";
header('X-After-Buffered: yes');
ob_start(function ($buf, $phase) { return strtoupper($buf) . "[$phase]\n"; });
echo "inner text\n";
ob_flush();
echo "more\n";
ob_end_flush();
echo "level ", ob_get_level(), " length ", ob_get_length(), "\n";
$saved = ob_get_clean();
ob_start(null, 8);
echo "abc";
echo "defghijk";
echo "tail";
$partial = ob_get_contents();
ob_end_clean();
echo $saved, "partial: ", $partial, "\n";
ob_start(fn($b) => str_replace('secret', '******', $b));
echo "the secret word\n";
print_r(ob_list_handlers());
ob_start();
echo "left open at the end\n";
