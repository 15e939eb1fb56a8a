--TEST--
"continue" whose target is a switch warns at compile time as PHP does (with the level a loop around it would need); a dynamic call of a fully qualified missing function names it without its backslash
--FILE--
<?php
namespace Space;
function scan(array $rows) {
    $n = 0;
    foreach ($rows as $r) {
        switch ($r) {
            case 1:
                continue;
            case 2:
                $n++;
                continue 2;
        }
    }
    switch ($n) {
        case 0:
            continue;
        default:
            foreach ($rows as $r) { if ($r) continue 2; }
    }
    return $n;
}
echo scan([1, 2, 2, 3]), "\n";
try { ("\\nowhere")(); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Warning: "continue" targeting switch is equivalent to "break". Did you mean to use "continue 2"? in %s on line 8

Warning: "continue" targeting switch is equivalent to "break" in %s on line 16

Warning: "continue 2" targeting switch is equivalent to "break 2" in %s on line 18
2
Call to undefined function nowhere()
