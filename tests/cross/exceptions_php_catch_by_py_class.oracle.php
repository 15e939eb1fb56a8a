<?php
class PyException extends Exception {}
class BadNumber extends PyException {}
function parse($s) {
    if (!ctype_digit_($s)) throw new BadNumber("BadNumber: not a number: " . $s);
    return (int)$s;
}
function ctype_digit_($s) { return $s !== "" && strspn_($s) == strlen($s); }
function strspn_($s) { $n = 0; while ($n < strlen($s) && $s[$n] >= "0" && $s[$n] <= "9") $n++; return $n; }
try {
    parse("12x");
} catch (BadNumber $e) {
    echo "caught BadNumber: ", $e->getMessage(), "\n";
}
echo parse("42"), "\n";
